import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext, SessionAccount } from '@m4pris/platform-core';
import { Ctx, PublicMutation, selectsField, type SelectionInfo } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { AcceptInvitation, ChangePassword, GetMe, Login, Logout, LogoutEverywhere, RefreshTokens, RequestPasswordReset, ResetPassword, UpdateMyPreferences } from '@m4pris/identity-contracts';
import { AcceptInvitationInput, ChangePasswordInput, LoginInput, LogoutInput, Me, RefreshTokenInput, TokenPair, UpdateMyPreferencesInput } from './auth.types.js';

@Resolver()
export class AuthResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @PublicMutation()
  @Mutation(() => TokenPair, { description: 'Sign in with email and password.' })
  login(@Args('input') input: LoginInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(Login, input, ctx);
  }

  @PublicMutation()
  @Mutation(() => TokenPair, { description: 'Exchange a refresh token for a new token pair (rotation).' })
  refreshToken(@Args('input') input: RefreshTokenInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(RefreshTokens, input, ctx);
  }

  @PublicMutation()
  @Mutation(() => Boolean, { description: 'End the session of this refresh token.' })
  logout(@Args('input') input: LogoutInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(Logout, input, ctx).then((r) => r.ok);
  }

  @Mutation(() => Boolean, {
    description: 'Sign out everywhere: ends every session of the caller on every device — no refresh token of the account works any more, and access tokens already issued (this one included) are refused from the next request on.',
  })
  logoutEverywhere(@Ctx() ctx: RequestContext) {
    return this.bus.request(LogoutEverywhere, {}, ctx).then((r) => r.ok);
  }

  @Mutation(() => Boolean)
  changePassword(@Args('input') input: ChangePasswordInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(ChangePassword, input, ctx).then((r) => r.ok);
  }

  @PublicMutation()
  @Mutation(() => TokenPair, { description: 'Activate an invited account by setting its password; signs in.' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(AcceptInvitation, input, ctx);
  }

  @PublicMutation()
  @Mutation(() => Boolean, {
    description: 'Forgot your password: e-mails a single-use link (30 minutes) when the address has an active account. Always true, whether or not it has one; throttled (RATE_LIMITED).',
  })
  requestPasswordReset(@Args('email') email: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(RequestPasswordReset, { email }, ctx).then((r) => r.ok);
  }

  @PublicMutation()
  @Mutation(() => Boolean, {
    description: 'Set a new password with the token of the reset mail (single use, 30 minutes); ends every session of the account. A bad, used or expired token: identity.RESET_TOKEN_INVALID.',
  })
  resetPassword(@Args('token') token: string, @Args('newPassword') newPassword: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ResetPassword, { token, newPassword }, ctx).then((r) => r.ok);
  }

  @Mutation(() => Me, { description: 'Save your own settings (your language); answers the updated Me.' })
  updateMyPreferences(@Args('input') input: UpdateMyPreferencesInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateMyPreferences, input, ctx);
  }

  @Query(() => Me)
  me(@Ctx() ctx: RequestContext, @Info() info: SelectionInfo, @Context('account') account: SessionAccount | undefined) {
    const withStaff = selectsField(info, 'staff');
    // Without `staff`, `me` is what identity already read for this request's session check (the
    // same account row, grants and languages GetMe reads): no second request.
    if (!withStaff && account && account.accountId === ctx.userId) return { ...account, staff: null };
    // With `staff`, identity reads the staff record and its context too (GetMe).
    return this.bus.request(GetMe, { withStaff }, ctx);
  }
}
