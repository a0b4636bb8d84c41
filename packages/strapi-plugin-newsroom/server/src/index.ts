import bootstrap from './bootstrap';
import destroy from './destroy';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import policies from './policies';
import register from './register';
import routes from './routes';
import { createAnswers } from './http/answers';
import { ruleErrors } from './http/errors';
import services from './services';

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  controllers,
  policies,
  routes,
  // The answer cache is the HTTP layer's, registered beside the services so every part reaches one instance.
  services: { ...services, answers: createAnswers },
  middlewares: { ruleErrors },
};
