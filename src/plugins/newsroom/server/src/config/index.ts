import { IANAZone } from 'luxon';

export interface NewsroomConfig {
  /** The newsroom's IANA zone: editors' wall-clock times and printed dates use it. */
  timezone: string;
  /** Seed the demo newsroom into an empty database. */
  demo: boolean;
}

export default {
  default: { timezone: 'Europe/Berlin', demo: true } satisfies NewsroomConfig,
  validator(config: NewsroomConfig) {
    if (!IANAZone.isValidZone(config.timezone)) {
      throw new Error(
        `timezone "${config.timezone}" is not an IANA time zone (for example "Europe/Berlin").`,
      );
    }
    if (typeof config.demo !== 'boolean') throw new Error('demo must be true or false.');
  },
};
