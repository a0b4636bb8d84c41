import type { Timeline } from '../domain/timeline/timeline';

/*
 * Release timelines of Linux 2.6.37 to 3.1, for the demo newsroom and for
 * measuring the release projection.
 *
 * Sources checked (all via stored copies, 2011 data):
 * - Tag pages of mirrors of torvalds/linux on GitLab, e.g.
 *   https://gitlab.com/jas/linux/-/tags/v3.0-rc6 (also the npache, pysenx,
 *   sm8250-mainline, updatelee and pgwipeout mirrors): the date of every rc and
 *   release tag below unless noted. These pages show a date without a time, in
 *   Linus's local (US) calendar; such milestones are stored at 00:00Z of that date.
 * - cgit tag pages with the exact tag time, used as given (converted to UTC):
 *   v3.0-rc4 2011-06-20 20:26:00 -0700 (https://cgit.freedesktop.org/drm-misc/tag/?h=v3.0-rc4),
 *   v3.0-rc7 2011-07-11 16:52:12 -0700 (https://cgit.freedesktop.org/drm-misc/tag/?h=v3.0-rc7),
 *   v3.0     2011-07-21 19:17:29 -0700 (https://git.zx2c4.com/linux/tag/?h=v3.0).
 * - GitHub commit page "Linux 2.6.38-rc1" (github.com/torvalds/linux/commit/c56eb8fb…): 2011-01-18.
 * - NEWSROOM.md: 2.6.39 released 2011-05-19 (UTC); GitLab shows May 18, the US date of the
 *   same evening tag. 3.0-rc1 2011-05-29, rc6 2011-07-04, rc7 a week later, 3.0 on 2011-07-21
 *   (the US date; in UTC the tag is 2011-07-22 02:17, as stored here).
 * - heise.de "Die Neuerungen von Linux 3.1": 3.1 tagged on the morning of 2011-10-24 (German
 *   time) during the Kernel Summit in Prague, delayed by the kernel.org break-in.
 * - techie-buzz.com "Linux 3.0 Gets Yet Another Release Candidate": rc7 although rc6 had been
 *   announced as possibly the last, with RCU problems still open.
 *
 * Not confirmed by a tag page:
 * - 2.6.36 release (opens the 2.6.37 merge window) 2010-10-20: only a secondary release list
 *   (chenweixiang.github.io "Linux kernel Releases").
 * - 2.6.38-rc3 2011-02-01: no tag page found; it lies between rc2 (2011-01-21) and an mm
 *   snapshot of 2011-02-04 that was based on it.
 *
 * No announcementUrl is set: the LKML announcement mails did not turn up in the sources.
 */

const day = (date: string) => `${date}T00:00:00.000Z`;

export const linux2637Timeline: Timeline = {
  project: 'Linux',
  version: '2.6.37',
  previousVersion: '2.6.36',
  releaseStatus: 'released',
  milestones: [
    {
      kind: 'merge-window',
      label: '2.6.37 merge window',
      at: day('2010-10-20'),
      note: 'Opens with the release of Linux 2.6.36 (date from a secondary list).',
    },
    {
      kind: 'rc',
      label: '2.6.37-rc1',
      at: day('2010-11-01'),
      note: 'Tagged at the start of the 2010 Kernel Summit.',
    },
    { kind: 'rc', label: '2.6.37-rc2', at: day('2010-11-15') },
    { kind: 'rc', label: '2.6.37-rc3', at: day('2010-11-21') },
    { kind: 'rc', label: '2.6.37-rc4', at: day('2010-11-29') },
    { kind: 'rc', label: '2.6.37-rc5', at: day('2010-12-06') },
    { kind: 'rc', label: '2.6.37-rc6', at: day('2010-12-15') },
    { kind: 'rc', label: '2.6.37-rc7', at: day('2010-12-21') },
    { kind: 'rc', label: '2.6.37-rc8', at: day('2010-12-28') },
    { kind: 'release', label: '2.6.37', at: day('2011-01-04') },
  ],
};

export const linux2638Timeline: Timeline = {
  project: 'Linux',
  version: '2.6.38',
  previousVersion: '2.6.37',
  releaseStatus: 'released',
  milestones: [
    {
      kind: 'merge-window',
      label: '2.6.38 merge window',
      at: day('2011-01-04'),
      note: 'Opens with the release of Linux 2.6.37.',
    },
    { kind: 'rc', label: '2.6.38-rc1', at: day('2011-01-18') },
    {
      kind: 'rc',
      label: '2.6.38-rc2',
      at: day('2011-01-21'),
      note: 'Tagged early, before Linus left for linux.conf.au.',
    },
    { kind: 'rc', label: '2.6.38-rc3', at: day('2011-02-01'), note: 'Date not confirmed by a tag page.' },
    { kind: 'rc', label: '2.6.38-rc4', at: day('2011-02-07') },
    { kind: 'rc', label: '2.6.38-rc5', at: day('2011-02-15') },
    { kind: 'rc', label: '2.6.38-rc6', at: day('2011-02-21') },
    { kind: 'rc', label: '2.6.38-rc7', at: day('2011-03-01') },
    { kind: 'rc', label: '2.6.38-rc8', at: day('2011-03-07') },
    { kind: 'release', label: '2.6.38', at: day('2011-03-14') },
  ],
};

export const linux2639Timeline: Timeline = {
  project: 'Linux',
  version: '2.6.39',
  previousVersion: '2.6.38',
  releaseStatus: 'released',
  milestones: [
    {
      kind: 'merge-window',
      label: '2.6.39 merge window',
      at: day('2011-03-14'),
      note: 'Opens with the release of Linux 2.6.38.',
    },
    { kind: 'rc', label: '2.6.39-rc1', at: day('2011-03-29') },
    { kind: 'rc', label: '2.6.39-rc2', at: day('2011-04-05') },
    { kind: 'rc', label: '2.6.39-rc3', at: day('2011-04-11') },
    { kind: 'rc', label: '2.6.39-rc4', at: day('2011-04-18') },
    { kind: 'rc', label: '2.6.39-rc5', at: day('2011-04-26') },
    { kind: 'rc', label: '2.6.39-rc6', at: day('2011-05-03') },
    { kind: 'rc', label: '2.6.39-rc7', at: day('2011-05-09') },
    { kind: 'release', label: '2.6.39', at: day('2011-05-19'), note: 'The last 2.6 kernel.' },
  ],
};

export const linux30Timeline: Timeline = {
  project: 'Linux',
  version: '3.0',
  previousVersion: '2.6.39',
  releaseStatus: 'released',
  milestones: [
    {
      kind: 'merge-window',
      label: '3.0 merge window',
      at: day('2011-05-19'),
      note: 'Opens with the release of Linux 2.6.39.',
    },
    {
      kind: 'rc',
      label: '3.0-rc1',
      at: day('2011-05-29'),
      note: 'The merge window closes; the version number jumps to 3.0.',
    },
    { kind: 'rc', label: '3.0-rc2', at: day('2011-06-06') },
    { kind: 'rc', label: '3.0-rc3', at: day('2011-06-13') },
    { kind: 'rc', label: '3.0-rc4', at: '2011-06-21T03:26:00.000Z' },
    { kind: 'rc', label: '3.0-rc5', at: day('2011-06-27') },
    {
      kind: 'rc',
      label: '3.0-rc6',
      at: day('2011-07-04'),
      note: 'Announced as possibly the last release candidate.',
    },
    {
      kind: 'rc',
      label: '3.0-rc7',
      at: '2011-07-11T23:52:12.000Z',
      note: 'One more rc after all: problems with the RCU changes at boot were still open.',
    },
    {
      kind: 'release',
      label: '3.0',
      at: '2011-07-22T02:17:29.000Z',
      note: 'Tagged on the evening of 21 July, US time.',
    },
  ],
};

export const linux31Timeline: Timeline = {
  project: 'Linux',
  version: '3.1',
  previousVersion: '3.0',
  releaseStatus: 'released',
  milestones: [
    {
      kind: 'merge-window',
      label: '3.1 merge window',
      at: '2011-07-22T02:17:29.000Z',
      note: 'Opens with the release of Linux 3.0.',
    },
    { kind: 'rc', label: '3.1-rc1', at: day('2011-08-07') },
    { kind: 'rc', label: '3.1-rc2', at: day('2011-08-14') },
    { kind: 'rc', label: '3.1-rc3', at: day('2011-08-22') },
    { kind: 'rc', label: '3.1-rc4', at: day('2011-08-28') },
    { kind: 'rc', label: '3.1-rc5', at: day('2011-09-04') },
    { kind: 'rc', label: '3.1-rc6', at: day('2011-09-12') },
    { kind: 'rc', label: '3.1-rc7', at: day('2011-09-21') },
    { kind: 'rc', label: '3.1-rc8', at: day('2011-09-27') },
    { kind: 'rc', label: '3.1-rc9', at: day('2011-10-04') },
    { kind: 'rc', label: '3.1-rc10', at: day('2011-10-17') },
    {
      kind: 'release',
      label: '3.1',
      at: day('2011-10-24'),
      note: 'Delayed by some weeks after the kernel.org break-in; tagged during the Kernel Summit in Prague.',
    },
  ],
};

/** Oldest first. */
export const linuxTimelines: Timeline[] = [
  linux2637Timeline,
  linux2638Timeline,
  linux2639Timeline,
  linux30Timeline,
  linux31Timeline,
];
