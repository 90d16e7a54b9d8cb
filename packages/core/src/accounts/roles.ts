/** The roles a node's users can hold. */
export const ROLES = [
  'admin',
  'analyst',
  'victim_id',
  'legal',
  'victim_support',
  'coordinator',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Everything the product lets a caller do, by name. API tokens carry a subset of
 * these as scopes; a caller may act when both its role and (for a token) its
 * scopes grant the permission.
 */
export const PERMISSIONS = [
  'node:read',
  'users:read',
  'users:write',
  'audit:read',
  'audit:export',
  'banks:read',
  'banks:write',
  'banks:export',
  'match:run',
  'federation:read',
  'federation:admin',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: readonly Permission[] = ['node:read'];

/** Hash-bank work: grading and contributing is for analysts and victim identification. */
const BANK_WORK: readonly Permission[] = [
  'banks:read',
  'banks:write',
  'banks:export',
  'match:run',
  'federation:read',
];

const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    ...EVERYONE,
    'users:read',
    'users:write',
    'audit:read',
    'audit:export',
    'banks:read',
    'banks:write',
    'federation:read',
    'federation:admin',
  ],
  analyst: [...EVERYONE, ...BANK_WORK],
  victim_id: [...EVERYONE, ...BANK_WORK],
  legal: EVERYONE,
  victim_support: EVERYONE,
  coordinator: [...EVERYONE, 'banks:read', 'banks:export', 'match:run', 'federation:read'],
  auditor: [...EVERYONE, 'audit:read', 'audit:export'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

/**
 * Whether a caller may use a permission: the role must grant it, and when the
 * caller is an API token its scopes must include it too.
 *
 * @example
 * can('auditor', 'audit:read', null) // true
 * can('admin', 'users:write', ['audit:read']) // false: the token is not scoped for it
 */
export function can(
  role: Role,
  permission: Permission,
  scopes: readonly Permission[] | null,
): boolean {
  if (!ROLE_PERMISSIONS[role].includes(permission)) return false;
  return scopes === null || scopes.includes(permission);
}
