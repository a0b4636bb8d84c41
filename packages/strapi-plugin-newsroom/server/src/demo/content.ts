import { heading, paragraph } from './blocks';

/**
 * The demo newsroom: the 2011 "Kernel Log: Coming in 3.0" series, summarised
 * afresh (no prose of the original article is reused).
 */
export const channels = [
  { name: 'The H Open', slug: 'the-h-open', description: 'Open source news and features.' },
  { name: 'The H Security', slug: 'the-h-security', description: 'Security news and background.' },
];

export const authors = [
  { name: 'Thorsten Leemhuis', slug: 'thorsten-leemhuis', bio: 'Writes the Kernel Log.' },
];

const NEWBIES = 'https://kernelnewbies.org/Linux_3.0';

/** Linux 2.6.37 to 3.1 with checked dates (demo/timelines.ts); the demo parts are linked to 3.0. */
export { linuxTimelines as timelines, linux30Timeline as linkedTimeline } from './timelines';

export const series = {
  en: {
    title: 'Kernel Log: Coming in 3.0',
    kicker: 'Kernel Log',
    description:
      'A four-part tour of what Linux 3.0 brings: networking, filesystems, architecture and virtualisation, and drivers.',
    plannedPartList: [
      {
        number: 4,
        workingTitle: 'Drivers',
        topic: 'Graphics, storage and network drivers new in Linux 3.0',
        expectedAt: '2011-07-14',
      },
    ],
  },
  de: {
    title: 'Kernel-Log: Was 3.0 bringt',
    kicker: 'Kernel-Log',
    description:
      'Eine vierteilige Reihe über die Neuerungen von Linux 3.0: Netzwerk, Dateisysteme, Architektur und Virtualisierung sowie Treiber.',
    plannedPartList: [
      {
        number: 4,
        workingTitle: 'Treiber',
        topic: 'Neue Grafik-, Storage- und Netzwerktreiber in Linux 3.0',
        expectedAt: '2011-07-14',
      },
    ],
  },
  plannedParts: 4,
  state: 'running' as const,
};

export interface DemoPart {
  number: number;
  publishedOn: string;
  en: { title: string; teaser: string; pages: { title: string; body: unknown[] }[] };
  de?: { title: string; teaser: string; pages: { title: string; body: unknown[] }[] };
}

export const parts: DemoPart[] = [
  {
    number: 1,
    publishedOn: '2011-06-21T14:30:00.000Z',
    en: {
      title: 'Kernel Log: Coming in 3.0 (Part 1) - Networking',
      teaser: 'The first part of the series looks at the network drivers and infrastructure of Linux 3.0.',
      pages: [
        {
          title: 'Network infrastructure',
          body: [
            paragraph(
              'Linux 3.0 brings a range of changes to the network stack and its drivers; this part summarises the most important ones.',
            ),
            heading('Wireless'),
            paragraph(
              'Several WLAN drivers gained support for new chips ',
              { url: `${NEWBIES}#Networking`, text: '(for example)' },
              '.',
            ),
          ],
        },
      ],
    },
  },
  {
    number: 2,
    publishedOn: '2011-06-29T15:10:00.000Z',
    en: {
      title: 'Kernel Log: Coming in 3.0 (Part 2) - Filesystems',
      teaser: 'Part two covers Btrfs, Ext4 and the other filesystem changes in Linux 3.0.',
      pages: [
        {
          title: 'Btrfs',
          body: [
            paragraph(
              'Btrfs learns automatic defragmentation and scrubbing in Linux 3.0 ',
              { url: `${NEWBIES}#Btrfs`, text: '(1)' },
              '.',
            ),
          ],
        },
        {
          title: 'Ext4, XFS and the rest',
          body: [
            paragraph(
              'Smaller improvements reach Ext4, XFS and the network filesystems ',
              { url: `${NEWBIES}#Filesystems`, text: '(2)' },
              '.',
            ),
          ],
        },
      ],
    },
  },
  {
    number: 3,
    publishedOn: '2011-07-07T14:49:00.000Z',
    en: {
      title: 'Kernel Log: Coming in 3.0 (Part 3) - Architecture, infrastructure and virtualisation',
      teaser: 'Xen Dom0 support is complete, KVM improves, and new processor architectures arrive.',
      pages: [
        {
          title: 'Virtualisation',
          body: [
            paragraph(
              'Written when 3.0-rc6 was the current release candidate: the Xen storage backend is merged, so the kernel can now serve as a complete Dom0 ',
              { url: 'https://blog.xen.org/', text: '(1)' },
              '.',
            ),
            heading('KVM'),
            paragraph('The kernel hypervisor KVM supports VIA processors and gets faster emulation.'),
            heading('Architecture code'),
            paragraph(
              'Support for SMEP in future Intel processors and for the 64-bit Tilera architecture is new ',
              { url: `${NEWBIES}#Architecture-specific_changes`, text: '(2)' },
              '.',
            ),
          ],
        },
        {
          title: 'Size optimisation, memory management, problem areas',
          body: [
            paragraph(
              'Plans to shrink the kernel code were shelved for now; the memory management brings smaller improvements.',
            ),
          ],
        },
      ],
    },
    de: {
      title: 'Kernel-Log: Was 3.0 bringt (Teil 3) - Architektur, Infrastruktur und Virtualisierung',
      teaser:
        'Die Dom0-Unterstützung für Xen ist komplett, KVM wird schneller, neue Prozessorarchitekturen kommen hinzu.',
      pages: [
        {
          title: 'Virtualisierung',
          body: [
            paragraph(
              'Geschrieben zur Zeit von 3.0-rc6: Das Storage-Backend für Xen ist aufgenommen, damit taugt der Kernel als vollständige Dom0 ',
              { url: 'https://blog.xen.org/', text: '(1)' },
              '.',
            ),
          ],
        },
        {
          title: 'Größe, Speicherverwaltung, Problemzonen',
          body: [paragraph('Die Pläne zum Verkleinern des Kernel-Codes ruhen vorerst.')],
        },
      ],
    },
  },
];

export const partnerLine = {
  en: 'In association with heise online',
  de: 'In Zusammenarbeit mit heise online',
};
