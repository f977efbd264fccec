/**
 * A real server the publish tests publish to, started for a test file and stopped after it. Each
 * kind has its own (sftp-server.ts, ftps-server.ts, git-server.ts); the publisher's tests
 * (tests/unit/publish/publish-to-servers.test.ts) run the same checks over each of them.
 */
export interface ServerFixture {
  /** The target's address as `dramalog publish add` takes it, straight to the server. */
  url: string;
  /** The same site through a proxy the test can cut (cut-proxy.ts), and that proxy. */
  viaProxy(): Promise<{ url: string; cut(): void; restore(): void }>;
  /** The password to log in with (given as DRAMALOG_PUBLISH_PASSWORD or kept by the host), or null. */
  secret: string | null;
  /** A private key file to log in with, or null. */
  keyFile: string | null;
  /** The site's files as the server holds them now (path → content), read from the server's own disk. */
  files(): Promise<Map<string, string>>;
  /** Puts a file on the site as someone else would (by hand, another tool). */
  putForeign(path: string, content: string): Promise<void>;
  /** Gives the server a new identity (SSH host key, TLS certificate), as a server replaced or an impostor would. */
  changeIdentity(): Promise<void>;
  stop(): Promise<void>;
}
