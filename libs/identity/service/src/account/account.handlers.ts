import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  AcceptInvitation,
  DisableAccount,
  EnableAccount,
  type AccountIdRequest,
  BootstrapAdmin,
  ChangePassword,
  GetJwks,
  GetSessionState,
  GetMe,
  InviteAccount,
  Login,
  Logout,
  LogoutEverywhere,
  RefreshTokens,
  RequestPasswordReset,
  ResendInvitation,
  ResetPassword,
  UpdateMyPreferences,
  type UpdateMyPreferencesRequest,
  type RequestPasswordResetRequest,
  type ResetPasswordRequest,
  type AcceptInvitationRequest,
  type SessionStateRequest,
  type BootstrapAdminRequest,
  type ChangePasswordRequest,
  type EmptyRequest,
  type GetMeRequest,
  type InviteAccountRequest,
  type LoginRequest,
  type LogoutRequest,
  type RefreshRequest,
} from '@m4pris/identity-contracts';
import { AcceptInvitationUseCase } from './accept-invitation.use-case.js';
import { DisableAccountUseCase, EnableAccountUseCase } from './account-status.use-case.js';
import { BootstrapAdminUseCase } from './bootstrap-admin.use-case.js';
import { ChangePasswordUseCase } from './change-password.use-case.js';
import { GetJwksUseCase, GetMeUseCase } from './get-me.use-case.js';
import { GetSessionStateUseCase } from './sessions.js';
import { InviteAccountUseCase } from './invite-account.use-case.js';
import { LoginUseCase } from './login.use-case.js';
import { LogoutUseCase } from './logout.use-case.js';
import { LogoutEverywhereUseCase } from './logout-everywhere.use-case.js';
import { RefreshTokensUseCase } from './refresh-tokens.use-case.js';
import { RequestPasswordResetUseCase, ResetPasswordUseCase } from './password-reset.use-case.js';
import { ResendInvitationUseCase } from './resend-invitation.use-case.js';
import { UpdateMyPreferencesUseCase } from './update-my-preferences.use-case.js';

@Injectable()
export class AccountHandlers {
  constructor(
    private readonly loginUseCase: LoginUseCase,
    private readonly refreshTokens: RefreshTokensUseCase,
    private readonly logoutUseCase: LogoutUseCase,
    private readonly logoutEverywhereUseCase: LogoutEverywhereUseCase,
    private readonly changePasswordUseCase: ChangePasswordUseCase,
    private readonly acceptInvitationUseCase: AcceptInvitationUseCase,
    private readonly inviteAccount: InviteAccountUseCase,
    private readonly disableAccount: DisableAccountUseCase,
    private readonly enableAccount: EnableAccountUseCase,
    private readonly getMe: GetMeUseCase,
    private readonly getJwks: GetJwksUseCase,
    private readonly bootstrapAdmin: BootstrapAdminUseCase,
    private readonly sessionState: GetSessionStateUseCase,
    private readonly requestReset: RequestPasswordResetUseCase,
    private readonly reset: ResetPasswordUseCase,
    private readonly resendInvitation: ResendInvitationUseCase,
    private readonly updatePreferences: UpdateMyPreferencesUseCase,
  ) {}

  @Handles(Login) login(p: LoginRequest, ctx: RequestContext) { return this.loginUseCase.execute(p, ctx); }
  @Handles(RefreshTokens) refresh(p: RefreshRequest, ctx: RequestContext) { return this.refreshTokens.execute(p, ctx); }
  @Handles(Logout) logout(p: LogoutRequest, ctx: RequestContext) { return this.logoutUseCase.execute(p, ctx); }
  @Handles(LogoutEverywhere) logoutEverywhere(p: EmptyRequest, ctx: RequestContext) { return this.logoutEverywhereUseCase.execute(p, ctx); }
  @Handles(ChangePassword) changePassword(p: ChangePasswordRequest, ctx: RequestContext) { return this.changePasswordUseCase.execute(p, ctx); }
  @Handles(AcceptInvitation) acceptInvitation(p: AcceptInvitationRequest, ctx: RequestContext) { return this.acceptInvitationUseCase.execute(p, ctx); }
  @Handles(InviteAccount) invite(p: InviteAccountRequest, ctx: RequestContext) { return this.inviteAccount.execute(p, ctx); }
  @Handles(GetMe) me(p: GetMeRequest, ctx: RequestContext) { return this.getMe.execute(p, ctx); }
  @Handles(UpdateMyPreferences) updateMyPreferences(p: UpdateMyPreferencesRequest, ctx: RequestContext) { return this.updatePreferences.execute(p, ctx); }
  @Handles(GetJwks) jwks(p: EmptyRequest, ctx: RequestContext) { return this.getJwks.execute(p, ctx); }
  @Handles(GetSessionState) session(p: SessionStateRequest, ctx: RequestContext) { return this.sessionState.execute(p, ctx); }
  @Handles(BootstrapAdmin) bootstrap(p: BootstrapAdminRequest, ctx: RequestContext) { return this.bootstrapAdmin.execute(p, ctx); }
  @Handles(DisableAccount) disable(p: AccountIdRequest, ctx: RequestContext) { return this.disableAccount.execute(p, ctx); }
  @Handles(RequestPasswordReset) requestPasswordReset(p: RequestPasswordResetRequest, ctx: RequestContext) { return this.requestReset.execute(p, ctx); }
  @Handles(ResetPassword) resetPassword(p: ResetPasswordRequest, ctx: RequestContext) { return this.reset.execute(p, ctx); }
  @Handles(ResendInvitation) resend(p: AccountIdRequest, ctx: RequestContext) { return this.resendInvitation.execute(p, ctx); }
  @Handles(EnableAccount) enable(p: AccountIdRequest, ctx: RequestContext) { return this.enableAccount.execute(p, ctx); }
}
