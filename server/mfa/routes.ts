import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../deps.js';
import { actorOf } from '../http/access.js';
import { ref } from '../http/schemas.js';
import { loginThrottle } from '../http/throttle.js';
import { ConfirmMfaBody, MfaEnrolment, MfaStatus, RecoveryCodes } from './schemas.js';
import * as mfa from './service.js';

const tags = ['auth'];

// The second factor of the signed-in person. A session that must still enrol
// one (MFA_REQUIRED) may use these routes and nothing else.
export const mfaRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const throttle = loginThrottle(deps);

  app.get(
    '/auth/mfa',
    {
      config: { access: 'signedIn', duringEnrolment: true },
      schema: {
        operationId: 'getSecondFactor',
        tags,
        summary: 'Whether your account has a second factor, must have one, and how many recovery codes are left',
        response: { 200: ref(MfaStatus) },
      },
    },
    async (request) => mfa.mfaStatus(deps, actorOf(request)),
  );

  app.post(
    '/auth/mfa',
    {
      // A new secret each time: a replayed response would enrol a secret not stored.
      config: { access: 'signedIn', duringEnrolment: true, idempotent: false },
      schema: {
        operationId: 'beginSecondFactorEnrolment',
        tags,
        summary: 'Begin enrolling a second factor (TOTP): a new secret and its QR code',
        response: { 200: ref(MfaEnrolment) },
      },
    },
    async (request) => mfa.beginEnrolment(deps, actorOf(request)),
  );

  app.post(
    '/auth/mfa/confirm',
    {
      // Recovery codes are shown once; wrong codes count like failed sign-ins.
      config: { access: 'signedIn', duringEnrolment: true, idempotent: false },
      schema: {
        operationId: 'confirmSecondFactorEnrolment',
        tags,
        summary: 'Confirm the enrolment with one code of the app; answers ten single-use recovery codes',
        body: ref(ConfirmMfaBody),
        response: { 200: ref(RecoveryCodes) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return mfa.confirmEnrolment(deps, actor, request.body.oneTimeCode, {
        reserve: () => throttle.reserve(`second-factor:${actor.userId}`, request.ip),
      });
    },
  );
};
