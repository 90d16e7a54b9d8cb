/** Session and sign-in limits, in one place so operators and reviewers can find them. */
export const ACCOUNT_POLICY = {
  /** A session ends after this long without a request. */
  sessionIdleMinutes: 60,
  /** A session ends this long after sign-in, however active. */
  sessionMaxHours: 12,
  /** Consecutive failed passwords or codes before an account is locked. */
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  /** Failed sign-ins from one address within the window before it must wait. */
  addressFailureLimit: 20,
  addressWindowMinutes: 15,
  /** How long a session may stay waiting for a second factor. */
  secondFactorMinutes: 5,
  /** Last-seen times are written at most this often, to spare the database. */
  touchIntervalSeconds: 60,
} as const;
