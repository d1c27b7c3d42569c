import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { DEFAULT_ROLES, ROLES } from './roles.decorator';
import type { Role } from '../users/user.entity';

/** Global guard: every route needs a valid bearer token unless marked @Public(), and one of the route's roles (deny by default). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('Log in first: this route needs an Authorization: Bearer token');
    const user = await this.auth.authenticate(token);
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES, [context.getHandler(), context.getClass()]) ?? DEFAULT_ROLES;
    if (!roles.includes(user.role)) throw new ForbiddenException(`This needs one of the roles ${roles.join(', ')}`);
    return true;
  }
}
