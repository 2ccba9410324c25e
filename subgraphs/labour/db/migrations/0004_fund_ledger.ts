import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// The Child Protection Fund as a ledger that cannot lose money (docs/fund.md). Every invariant
// is enforced here, in the database, whatever program writes:
//  - donations (quy_khoan_thu), disbursements (quy_khoan_chi) and allocations (quy_phan_bo) are
//    append-only; a correction is a reversing row (dao_nguoc_id, opposite sign);
//  - an allocation moves money from one donation to one disbursement: same place (the
//    donation's level and unit hold the commune), earmarks honoured, donation received first,
//    and the donation's balance never negative (the donation row is locked, so concurrent
//    writers queue);
//  - at commit every disbursement is exactly the sum of its allocations (every đồng traces to
//    donations) and a reversal mirrors its original's allocations;
//  - support paid from the fund (tro_giup, nguồn QUY_BTTE) names the disbursement it drew on,
//    in the same commune, of the earmarked form, and never more than the disbursement holds.
// Errors carry SQLSTATE codes QB001–QB011, mapped to FUND_* codes by db/fund.ts.
const FORMS = sql`('CHAM_SOC_SUC_KHOE', 'TRO_GIUP_XA_HOI', 'HO_TRO_GIAO_DUC', 'TRO_GIUP_PHAP_LY', 'TU_VAN_TAM_LY', 'DO_DUNG_MUA_DONG')`;

export async function up(db: Kysely<any>, { schema }: { schema: string }): Promise<void> {
  const t = (name: string) => sql.id(schema, name);
  // Trigger functions name tables unqualified: pin their search_path to this schema.
  const path = sql.id(schema);

  await sql`alter table ${t('quy_khoan_thu')} drop constraint quy_khoan_thu_so_tien_check`.execute(db);
  await sql`alter table ${t('quy_khoan_thu')}
    add column hien_vat boolean not null default false,
    add column mo_ta_hien_vat text,
    add column chi_dinh_xa text,
    add column chi_dinh_chuong_trinh text,
    add column chi_dinh_hinh_thuc text check (chi_dinh_hinh_thuc in ${FORMS}),
    add column dao_nguoc_id integer unique references ${t('quy_khoan_thu')} (id),
    add column ghi_chu text,
    add constraint quy_khoan_thu_dau check ((dao_nguoc_id is null and so_tien > 0) or (dao_nguoc_id is not null and so_tien < 0)),
    add constraint quy_khoan_thu_hien_vat check (not hien_vat or mo_ta_hien_vat is not null)`.execute(db);

  await sql`alter table ${t('quy_khoan_chi')} drop constraint quy_khoan_chi_so_tien_check`.execute(db);
  await sql`alter table ${t('quy_khoan_chi')}
    add column chuong_trinh text,
    add column hinh_thuc text check (hinh_thuc in ${FORMS}),
    add column nguoi_duyet text not null default 'không ghi',
    add column dao_nguoc_id integer unique references ${t('quy_khoan_chi')} (id),
    add constraint quy_khoan_chi_dau check ((dao_nguoc_id is null and so_tien > 0) or (dao_nguoc_id is not null and so_tien < 0))`.execute(
    db,
  );

  await sql`create table ${t('quy_phan_bo')} (
    id bigserial primary key,
    ma_khoan_chi integer not null references ${t('quy_khoan_chi')} (id),
    ma_khoan_thu integer not null references ${t('quy_khoan_thu')} (id),
    so_tien bigint not null check (so_tien <> 0))`.execute(db);
  await sql`create index quy_phan_bo_thu_idx on ${t('quy_phan_bo')} (ma_khoan_thu)`.execute(db);
  await sql`create index quy_phan_bo_chi_idx on ${t('quy_phan_bo')} (ma_khoan_chi)`.execute(db);

  await sql`alter table ${t('tro_giup')}
    add column ma_khoan_chi integer references ${t('quy_khoan_chi')} (id),
    add constraint tro_giup_quy_co_khoan_chi check ((nguon = 'QUY_BTTE') = (ma_khoan_chi is not null)) not valid`.execute(db);
  await sql`create index tro_giup_chi_idx on ${t('tro_giup')} (ma_khoan_chi)`.execute(db);

  // Append-only.
  await sql`create function ${t('quy_chi_them')}() returns trigger language plpgsql as $$
    begin raise exception using errcode = 'QB001', message = 'the fund ledger is append-only: record a reversing entry instead'; end $$`.execute(
    db,
  );
  for (const table of ['quy_khoan_thu', 'quy_khoan_chi', 'quy_phan_bo']) {
    await sql`create trigger ${sql.id(`${table}_chi_them`)} before update or delete on ${t(table)}
      for each row execute function ${t('quy_chi_them')}()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_khong_xoa`)} before truncate on ${t(table)}
      for each statement execute function ${t('quy_chi_them')}()`.execute(db);
  }

  // A donation's reversal: the whole donation, only while none of it is allocated.
  await sql`create function ${t('quy_thu_dao_nguoc')}() returns trigger language plpgsql set search_path = ${path} as $$
    declare goc record; da_phan_bo bigint;
    begin
      if new.dao_nguoc_id is null then return new; end if;
      select * into goc from quy_khoan_thu where id = new.dao_nguoc_id for update;
      if goc.dao_nguoc_id is not null then
        raise exception using errcode = 'QB006', message = format('donation %s is itself a reversal', goc.id);
      end if;
      if exists (select 1 from quy_khoan_thu r where r.dao_nguoc_id = goc.id) then
        raise exception using errcode = 'QB006', message = format('donation %s is already reversed', goc.id);
      end if;
      if new.so_tien <> -goc.so_tien or new.ma_nha_tai_tro <> goc.ma_nha_tai_tro or new.cap <> goc.cap or new.ma_don_vi <> goc.ma_don_vi or new.ngay < goc.ngay then
        raise exception using errcode = 'QB006', message = format('a reversal of donation %s repeats its donor, level and unit, with the opposite amount, on or after its day', goc.id);
      end if;
      select coalesce(sum(so_tien), 0) into da_phan_bo from quy_phan_bo where ma_khoan_thu = goc.id;
      if da_phan_bo <> 0 then
        raise exception using errcode = 'QB006', message = format('donation %s has %s VND allocated: reverse those disbursements first', goc.id, da_phan_bo);
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger quy_khoan_thu_dao_nguoc before insert on ${t('quy_khoan_thu')}
    for each row execute function ${t('quy_thu_dao_nguoc')}()`.execute(db);

  // A disbursement's reversal: only while no support draws on it.
  await sql`create function ${t('quy_chi_dao_nguoc')}() returns trigger language plpgsql set search_path = ${path} as $$
    declare goc record; da_tra bigint;
    begin
      if new.dao_nguoc_id is null then return new; end if;
      select * into goc from quy_khoan_chi where id = new.dao_nguoc_id for update;
      if goc.dao_nguoc_id is not null then
        raise exception using errcode = 'QB006', message = format('disbursement %s is itself a reversal', goc.id);
      end if;
      if exists (select 1 from quy_khoan_chi r where r.dao_nguoc_id = goc.id) then
        raise exception using errcode = 'QB006', message = format('disbursement %s is already reversed', goc.id);
      end if;
      if new.so_tien <> -goc.so_tien or new.ma_xa <> goc.ma_xa or new.ma_tinh <> goc.ma_tinh or new.ngay < goc.ngay then
        raise exception using errcode = 'QB006', message = format('a reversal of disbursement %s repeats its commune, with the opposite amount, on or after its day', goc.id);
      end if;
      select coalesce(sum(so_tien), 0) into da_tra from tro_giup where ma_khoan_chi = goc.id;
      if da_tra <> 0 then
        raise exception using errcode = 'QB008', message = format('disbursement %s has paid %s VND of support: it cannot be reversed', goc.id, da_tra);
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger quy_khoan_chi_dao_nguoc before insert on ${t('quy_khoan_chi')}
    for each row execute function ${t('quy_chi_dao_nguoc')}()`.execute(db);

  // One allocation: place, earmark, date, sign and the donation's balance.
  await sql`create function ${t('quy_phan_bo_kiem')}() returns trigger language plpgsql set search_path = ${path} as $$
    declare thu record; chi record; goc record; con_lai bigint; cap_phat bigint;
    begin
      select * into thu from quy_khoan_thu where id = new.ma_khoan_thu for update;
      select * into chi from quy_khoan_chi where id = new.ma_khoan_chi;
      goc := chi;
      if chi.dao_nguoc_id is not null then select * into goc from quy_khoan_chi where id = chi.dao_nguoc_id; end if;
      if thu.dao_nguoc_id is not null then
        raise exception using errcode = 'QB006', message = format('donation %s is a reversal: nothing can be allocated from it', thu.id);
      end if;
      if sign(new.so_tien) <> sign(chi.so_tien) then
        raise exception using errcode = 'QB006', message = format('allocation to disbursement %s has the wrong sign', chi.id);
      end if;
      if thu.ma_tinh <> goc.ma_tinh or not (thu.cap = 'TINH' and thu.ma_don_vi = goc.ma_tinh
          or thu.cap = 'HUYEN' and thu.ma_don_vi = goc.ma_huyen or thu.cap = 'XA' and thu.ma_don_vi = goc.ma_xa) then
        raise exception using errcode = 'QB004', message = format('donation %s (%s %s) does not cover commune %s', thu.id, thu.cap, thu.ma_don_vi, goc.ma_xa);
      end if;
      if thu.chi_dinh_xa is not null and thu.chi_dinh_xa <> goc.ma_xa
          or thu.chi_dinh_chuong_trinh is not null and thu.chi_dinh_chuong_trinh is distinct from goc.chuong_trinh
          or thu.chi_dinh_hinh_thuc is not null and thu.chi_dinh_hinh_thuc is distinct from goc.hinh_thuc then
        raise exception using errcode = 'QB003', message = format('donation %s is earmarked (commune %s, programme %s, form %s) for other use than disbursement %s',
          thu.id, coalesce(thu.chi_dinh_xa, '-'), coalesce(thu.chi_dinh_chuong_trinh, '-'), coalesce(thu.chi_dinh_hinh_thuc, '-'), goc.id);
      end if;
      if thu.ngay > goc.ngay then
        raise exception using errcode = 'QB005', message = format('donation %s arrives on %s, after disbursement %s on %s', thu.id, thu.ngay, goc.id, goc.ngay);
      end if;
      select thu.so_tien + coalesce((select sum(r.so_tien) from quy_khoan_thu r where r.dao_nguoc_id = thu.id), 0),
             coalesce((select sum(p.so_tien) from quy_phan_bo p where p.ma_khoan_thu = thu.id), 0)
        into con_lai, cap_phat;
      if cap_phat > con_lai then
        raise exception using errcode = 'QB002', message = format('donation %s holds %s VND; allocations would take %s', thu.id, con_lai, cap_phat);
      end if;
      if cap_phat < 0 then
        raise exception using errcode = 'QB006', message = format('reversals would return more to donation %s than was allocated from it', thu.id);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger quy_phan_bo_kiem after insert on ${t('quy_phan_bo')}
    for each row execute function ${t('quy_phan_bo_kiem')}()`.execute(db);

  // At commit: each disbursement touched is exactly its allocations; a reversal mirrors its original.
  await sql`create function ${t('quy_chi_du')}() returns trigger language plpgsql set search_path = ${path} as $$
    declare ma integer; chi record; tong bigint;
    begin
      if tg_table_name = 'quy_phan_bo' then ma := new.ma_khoan_chi; else ma := new.id; end if;
      select * into chi from quy_khoan_chi where id = ma;
      select coalesce(sum(so_tien), 0) into tong from quy_phan_bo where ma_khoan_chi = ma;
      if tong <> chi.so_tien then
        raise exception using errcode = 'QB007', message = format('disbursement %s of %s VND traces to %s VND of donations', chi.id, chi.so_tien, tong);
      end if;
      if chi.dao_nguoc_id is not null and exists (
          select 1 from quy_phan_bo p where p.ma_khoan_chi in (chi.id, chi.dao_nguoc_id)
          group by p.ma_khoan_thu having sum(p.so_tien) <> 0) then
        raise exception using errcode = 'QB007', message = format('reversal %s does not return the allocations of disbursement %s', chi.id, chi.dao_nguoc_id);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create constraint trigger quy_khoan_chi_du after insert on ${t('quy_khoan_chi')}
    deferrable initially deferred for each row execute function ${t('quy_chi_du')}()`.execute(db);
  await sql`create constraint trigger quy_phan_bo_du after insert on ${t('quy_phan_bo')}
    deferrable initially deferred for each row execute function ${t('quy_chi_du')}()`.execute(db);

  // Support paid from the fund draws on one disbursement.
  await sql`create function ${t('tro_giup_tu_quy')}() returns trigger language plpgsql set search_path = ${path} as $$
    declare chi record; da_tra bigint;
    begin
      if new.ma_khoan_chi is null then
        if new.nguon = 'QUY_BTTE' then
          raise exception using errcode = 'QB009', message = 'support paid from the fund names the disbursement it draws on';
        end if;
        return new;
      end if;
      if new.nguon <> 'QUY_BTTE' then
        raise exception using errcode = 'QB009', message = format('support from source %s cannot draw on a fund disbursement', new.nguon);
      end if;
      select * into chi from quy_khoan_chi where id = new.ma_khoan_chi for update;
      if chi.dao_nguoc_id is not null or exists (select 1 from quy_khoan_chi r where r.dao_nguoc_id = chi.id) then
        raise exception using errcode = 'QB010', message = format('disbursement %s is a reversal or reversed', chi.id);
      end if;
      if new.ma_xa <> chi.ma_xa then
        raise exception using errcode = 'QB011', message = format('support in commune %s cannot draw on disbursement %s to commune %s', new.ma_xa, chi.id, chi.ma_xa);
      end if;
      if chi.hinh_thuc is not null and new.hinh_thuc <> chi.hinh_thuc then
        raise exception using errcode = 'QB003', message = format('disbursement %s pays only %s', chi.id, chi.hinh_thuc);
      end if;
      if new.ngay < chi.ngay then
        raise exception using errcode = 'QB005', message = format('support on %s precedes disbursement %s on %s', new.ngay, chi.id, chi.ngay);
      end if;
      select coalesce(sum(so_tien), 0) into da_tra from tro_giup where ma_khoan_chi = chi.id and id <> new.id;
      if da_tra + new.so_tien > chi.so_tien then
        raise exception using errcode = 'QB008', message = format('disbursement %s holds %s VND; support would take %s', chi.id, chi.so_tien, da_tra + new.so_tien);
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger tro_giup_tu_quy before insert or update on ${t('tro_giup')}
    for each row execute function ${t('tro_giup_tu_quy')}()`.execute(db);
}
