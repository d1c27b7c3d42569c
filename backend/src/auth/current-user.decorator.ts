import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { PublicUser } from '../users/user.entity';

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): PublicUser => {
  return context.switchToHttp().getRequest().user;
});
