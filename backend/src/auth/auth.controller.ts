import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { clientAddress } from '../security/client-address';
import type { PublicUser } from '../users/user.entity';
import { AuthService, Session } from './auth.service';
import { readCookie } from './cookies';
import { CurrentUser } from './current-user.decorator';
import { LoginDto } from './dto/login.dto';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

export const REFRESH_COOKIE = 'herzensorte_refresh';
const COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in: a 15-minute bearer token, and a refresh token in an httpOnly, SameSite=Strict cookie. 429 with Retry-After after 10 failures per account or address in 15 minutes.' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer(await this.auth.login(dto.email, dto.password, clientAddress(req)), req, res);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new bearer token from the refresh cookie (which is rotated); 401 when the session has ended.' })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer(await this.auth.refresh(readCookie(req.headers.cookie, REFRESH_COOKIE), clientAddress(req)), req, res);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Ends the session of the refresh cookie or bearer token at once and clears the cookie.' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    await this.auth.logout(readCookie(req.headers.cookie, REFRESH_COOKIE), scheme === 'Bearer' ? token : undefined, clientAddress(req));
    res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: req.secure });
  }

  @ApiBearerAuth()
  @Roles('admin', 'moderator', 'district_viewer')
  @Get('me')
  me(@CurrentUser() user: PublicUser): PublicUser {
    return { id: user.id, email: user.email, role: user.role, districtIds: user.districtIds };
  }

  private answer(session: Session, req: Request, res: Response) {
    res.cookie(REFRESH_COOKIE, session.refresh, {
      httpOnly: true,
      sameSite: 'strict',
      // Secure wherever the request came over HTTPS (directly or, with TRUST_PROXY, via the proxy).
      secure: req.secure,
      path: COOKIE_PATH,
      maxAge: this.config.sessionTtlSeconds * 1000,
    });
    res.setHeader('Cache-Control', 'no-store');
    return { token: session.token, expiresIn: session.expiresIn, user: session.user };
  }
}
