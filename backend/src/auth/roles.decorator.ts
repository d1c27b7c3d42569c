import { SetMetadata } from '@nestjs/common';
import type { Role } from '../users/user.entity';

export const ROLES = 'roles';
/** Roles allowed on a route or controller. Without it, a logged-in route is for admins and moderators only. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);
export const DEFAULT_ROLES: Role[] = ['admin', 'moderator'];
