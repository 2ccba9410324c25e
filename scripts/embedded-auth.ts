/**
 * Password authentication for the embedded database. PGlite answers every startup message
 * with AuthenticationOk and pglite-socket has no authentication of its own, so the server
 * wrapper runs PostgreSQL's SCRAM-SHA-256 exchange (RFC 5802, as PostgreSQL does it) before a
 * connection reaches PGlite. SCRAM rather than a cleartext or MD5 password: the password never
 * crosses the socket, and the client checks the server's signature, so a process that took the
 * port while the database was down learns nothing it can replay.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';

const MECHANISM = 'SCRAM-SHA-256';
const ITERATIONS = 4096; // PostgreSQL's default scram_iterations
const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const AUTHENTICATION_TIMEOUT_MS = 10_000; // PostgreSQL's authentication_timeout is 60 s

/** What the server keeps: never the password itself, as in pg_authid. */
export interface ScramVerifier {
  user: string;
  salt: Buffer;
  storedKey: Buffer;
  serverKey: Buffer;
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();

export function scramVerifier(user: string, password: string): ScramVerifier {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha256');
  return { user, salt, storedKey: sha256(hmac(salted, 'Client Key')), serverKey: hmac(salted, 'Server Key') };
}

/** The development database password, made on first use beside the development keys (0600 in a 0700 directory). */
export function loadOrCreatePassword(devKeysDir: string): string {
  const path = `${devKeysDir}/embedded-db.password`;
  mkdirSync(devKeysDir, { recursive: true, mode: 0o700 });
  chmodSync(devKeysDir, 0o700);
  if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return readFileSync(path, 'utf8').trim();
}

function backendMessage(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

function authenticationRequest(code: number, data = ''): Buffer {
  const body = Buffer.alloc(4 + Buffer.byteLength(data));
  body.writeInt32BE(code, 0);
  body.write(data, 4);
  return backendMessage('R', body);
}

/** A FATAL ErrorResponse, as PostgreSQL sends before it closes a connection. */
export function fatalError(code: string, message: string): Buffer {
  return backendMessage('E', Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`));
}

/**
 * Runs the startup and SCRAM exchange on a new connection. Resolves with the client's startup
 * message (to be replayed to PGlite) once the password is proven, the socket paused with any
 * further bytes put back; resolves null after refusing and closing the connection.
 */
export function authenticate(socket: Socket, verifier: ScramVerifier): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let buffered = Buffer.alloc(0);
    let startup: Buffer | undefined;
    let user = '';
    let exchange: { gs2Header: string; clientFirstBare: string; serverFirst: string; nonce: string } | undefined;

    const finish = (result: Buffer | null) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(result);
    };
    const refuse = () => {
      socket.end(fatalError('28P01', `password authentication failed for user "${user}"`));
      finish(null);
    };
    const onClose = () => finish(null);
    const timer = setTimeout(() => {
      socket.destroy();
      finish(null);
    }, AUTHENTICATION_TIMEOUT_MS);

    /** The next whole message: the startup packet has no type byte, every later one does. */
    const next = (): Buffer | undefined => {
      const headerLength = startup ? 5 : 4;
      if (buffered.length < headerLength) return undefined;
      const length = (startup ? 1 : 0) + buffered.readInt32BE(startup ? 1 : 0);
      if (length < headerLength || length > 10_000) throw new Error('malformed message');
      if (buffered.length < length) return undefined;
      const message = buffered.subarray(0, length);
      buffered = buffered.subarray(length);
      return message;
    };

    const onStartup = (message: Buffer) => {
      const code = message.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) return void socket.write('N');
      if (code !== PROTOCOL_3) throw new Error('unsupported request'); // a CancelRequest among them: PGlite cannot cancel
      const fields = message.subarray(8).toString('utf8').split('\0');
      user = fields[fields.indexOf('user') + 1] ?? '';
      startup = Buffer.from(message);
      socket.write(authenticationRequest(10, `${MECHANISM}\0\0`)); // AuthenticationSASL
    };

    const onInitialResponse = (body: Buffer) => {
      const mechanismEnd = body.indexOf(0);
      if (body.subarray(0, mechanismEnd).toString() !== MECHANISM) throw new Error('unsupported mechanism');
      const clientFirst = body.subarray(mechanismEnd + 5).toString('utf8');
      // "n,," or "y,,": no channel binding, which a plain TCP connection cannot offer.
      const gs2 = /^([ny]),[^,]*,/.exec(clientFirst);
      const clientNonce = /(?:^|,)r=([^,]+)/.exec(clientFirst.slice(gs2?.[0].length ?? 0))?.[1];
      if (!gs2 || !clientNonce) throw new Error('malformed client-first-message');
      const nonce = clientNonce + randomBytes(18).toString('base64');
      const serverFirst = `r=${nonce},s=${verifier.salt.toString('base64')},i=${ITERATIONS}`;
      exchange = { gs2Header: gs2[0], clientFirstBare: clientFirst.slice(gs2[0].length), serverFirst, nonce };
      socket.write(authenticationRequest(11, serverFirst)); // AuthenticationSASLContinue
    };

    const onFinalResponse = (body: Buffer) => {
      const { gs2Header, clientFirstBare, serverFirst, nonce } = exchange!;
      const clientFinal = body.toString('utf8');
      const attribute = (name: string) => new RegExp(`(?:^|,)${name}=([^,]*)`).exec(clientFinal)?.[1];
      const withoutProof = clientFinal.slice(0, clientFinal.lastIndexOf(',p='));
      const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
      const proof = Buffer.from(attribute('p') ?? '', 'base64');
      const clientSignature = hmac(verifier.storedKey, authMessage);
      const clientKey = proof.length === clientSignature.length ? proof.map((b, i) => b ^ clientSignature[i]!) : Buffer.alloc(0);
      const proven =
        user === verifier.user &&
        attribute('c') === Buffer.from(gs2Header).toString('base64') &&
        attribute('r') === nonce &&
        timingSafeEqual(sha256(Buffer.from(clientKey)), verifier.storedKey);
      if (!proven) return refuse();
      socket.write(authenticationRequest(12, `v=${hmac(verifier.serverKey, authMessage).toString('base64')}`)); // SASLFinal
      // PGlite answers the replayed startup message with AuthenticationOk and the session parameters.
      socket.off('data', onData);
      socket.pause();
      if (buffered.length) socket.unshift(buffered);
      finish(startup!);
    };

    function onData(chunk: Buffer) {
      buffered = Buffer.concat([buffered, chunk]);
      try {
        for (let message = next(); message; message = next()) {
          if (!startup) onStartup(message);
          else if (message[0] !== 0x70 /* 'p' */) throw new Error('expected a password message');
          else if (!exchange) onInitialResponse(message.subarray(5));
          else return onFinalResponse(message.subarray(5));
        }
      } catch {
        refuse();
      }
    }
    socket.on('data', onData);
    socket.once('close', onClose);
  });
}
