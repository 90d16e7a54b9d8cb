import { z } from 'zod';
import { PERMISSIONS, ROLES } from '@concord/core';
import { Instant } from './common.ts';

export const Role = z.enum(ROLES);
export const Permission = z.enum(PERMISSIONS);
export const Locale = z.enum(['en', 'fr', 'ar']);
export type Locale = z.infer<typeof Locale>;

export const Username = z
  .string()
  .min(2)
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'letters, digits, dot, dash and underscore; starts with a letter or digit',
  );

/** Long passphrases are welcome; the server also refuses a password that contains the username. */
export const NewPassword = z.string().min(12, 'at least 12 characters').max(256);

export const User = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
    disabled: z.boolean(),
    lockedUntil: Instant.nullable(),
    locale: Locale.nullable(),
    createdAt: Instant,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const SessionState = z.enum([
  'active',
  'second_factor_pending',
  'second_factor_setup_required',
  'password_change_required',
]);
export type SessionState = z.infer<typeof SessionState>;

export const SignInRequest = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const SecondFactorRequest = z.strictObject({
  code: z.string().regex(/^\d{6}$/, 'six digits'),
});

export const Session = z
  .object({
    state: SessionState,
    user: User,
    /** Send back as the X-CSRF-Token header on every request that changes something. */
    csrfToken: z.string(),
    expiresAt: Instant,
    permissions: z.array(Permission),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: NewPassword,
});

export const UpdateMeRequest = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  locale: Locale.nullable().optional(),
});

export const TotpEnrolment = z
  .object({
    /** Base32, for typing into an authenticator by hand. */
    secret: z.string(),
    /** otpauth:// URI, for the QR code. */
    otpauthUri: z.string(),
  })
  .meta({ id: 'TotpEnrolment' });

export const DisableTotpRequest = z.strictObject({ password: z.string().min(1).max(256) });

export const CreateUserRequest = z.strictObject({
  username: Username,
  displayName: z.string().trim().min(1).max(120),
  role: Role,
  totpRequired: z.boolean().default(false),
});

export const CreatedUser = z
  .object({
    user: User,
    /** Shown once; the user must change it at first sign-in. */
    oneTimePassword: z.string(),
  })
  .meta({ id: 'CreatedUser' });

export const UpdateUserRequest = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  role: Role.optional(),
  disabled: z.boolean().optional(),
  totpRequired: z.boolean().optional(),
});

export const PasswordReset = z
  .object({ oneTimePassword: z.string() })
  .meta({ id: 'PasswordReset' });

export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(Permission),
    createdAt: Instant,
    expiresAt: Instant,
    lastUsedAt: Instant.nullable(),
    revokedAt: Instant.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateTokenRequest = z.strictObject({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(Permission).min(1),
  expiresInDays: z.number().int().min(1).max(365),
});

export const CreatedToken = z
  .object({
    apiToken: ApiToken,
    /** Shown once. Send as `Authorization: Bearer <token>`. */
    token: z.string(),
  })
  .meta({ id: 'CreatedToken' });

export const UserIdParams = z.strictObject({ id: z.string().min(1).max(64) });
