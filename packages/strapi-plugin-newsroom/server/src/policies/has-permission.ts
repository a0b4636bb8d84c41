import { errors } from '@strapi/utils';
import { missingPermission } from '../permissions';

export interface PolicyContext {
  state: { userAbility?: { can: (action: string) => boolean } };
}

/**
 * An admin route's permission check: the same test as `admin::hasPermissions`
 * (the role's ability holds the action), but a refusal says which permission is missing.
 */
export default (ctx: PolicyContext, config: { action: string }) => {
  if (ctx.state.userAbility?.can(config.action)) return true;
  throw new errors.PolicyError(missingPermission(config.action), { action: config.action });
};
