import { formats, winston } from '@strapi/logger';

// LOG_LEVEL quiets the console (tests use "error"); the default is Strapi's "http".
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'http',
      format: winston.format.combine(
        formats.levelFilter(process.env.LOG_LEVEL || 'http'),
        formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
      ),
    }),
  ],
};
