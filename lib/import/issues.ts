/**
 * Why a row was not stored, as a code and a message in Vietnamese and English. The codes are
 * the contract: the rejected-rows CSV, the import summary and the tests use them.
 */
export const ISSUE_MESSAGES = {
  MISSING_COLUMN: ['Thiếu cột bắt buộc', 'A required column is missing'],
  REQUIRED: ['Thiếu giá trị bắt buộc', 'A required value is missing'],
  BAD_DATE: ['Ngày không hợp lệ (dùng YYYY-MM-DD hoặc DD/MM/YYYY)', 'Not a real date (use YYYY-MM-DD or DD/MM/YYYY)'],
  DATE_OUT_OF_PERIOD: ['Ngày nằm ngoài kỳ kế hoạch', 'The date is outside the plan period'],
  UNKNOWN_LABEL: ['Giá trị không thuộc danh mục', 'The value is not one of the known labels'],
  BAD_COUNT: ['Số lượng phải là số nguyên không âm', 'A count must be a non-negative whole number'],
  PART_EXCEEDS_WHOLE: ['Số thành phần lớn hơn tổng', 'A part is larger than its whole'],
  BAD_VALUE: ['Giá trị không hợp lệ', 'The value is not valid'],
  UNKNOWN_CODE: ['Mã đơn vị hành chính không có trong danh mục', 'The administrative code is not in the directory'],
  CODE_NOT_IN_FORCE: ['Mã không có hiệu lực vào ngày của dòng', 'The code was not in force on the row’s date'],
  CODE_RETIRED: ['Mã đã bị bãi bỏ từ 01/07/2025; dùng mã đơn vị kế thừa', 'The code was retired on 1 July 2025; use a successor’s code'],
  CODE_NAME_MISMATCH: [
    'Mã và tên xã không khớp vào ngày của dòng (mã có thể đã được dùng lại cho đơn vị khác)',
    'The code and the commune name do not match on the row’s date (the code may have been reused for another place)',
  ],
  OUTSIDE_AREA: ['Đơn vị nằm ngoài địa bàn của người nộp', 'The place is outside the submitter’s area'],
  UNKNOWN_REFERENCE: [
    'Mã tham chiếu chưa có trong dữ liệu đã lưu (nhập danh sách gốc trước)',
    'The referenced code is not in the stored data (import its list first)',
  ],
  DUPLICATE_IN_FILE: ['Trùng khóa với một dòng trước trong tệp', 'Same key as an earlier row of the file'],
  ALREADY_STORED: ['Dòng giống hệt dữ liệu đã lưu (không thay đổi)', 'Identical to a row already stored (nothing changed)'],
} as const satisfies Record<string, readonly [string, string]>;

export type IssueCode = keyof typeof ISSUE_MESSAGES;

/** One finding about one cell (or the whole row when `column` is empty). */
export interface RowIssue {
  code: IssueCode;
  column: string;
  value: string;
  /** Specific detail appended to the standard messages (successor codes, the directory's name). */
  detailVi?: string;
  detailEn?: string;
}

export function messages(issue: RowIssue): { vi: string; en: string } {
  const [vi, en] = ISSUE_MESSAGES[issue.code];
  return { vi: issue.detailVi ? `${vi}: ${issue.detailVi}` : vi, en: issue.detailEn ? `${en}: ${issue.detailEn}` : en };
}

/** Codes that reject a row; ALREADY_STORED is an outcome, not a fault. */
export const isFault = (code: IssueCode) => code !== 'ALREADY_STORED';
