import type { Catalog } from '../catalog';

// English texts of next year's election.
export const successionEn: Catalog['succession'] = {
  title: 'Election of the head and deputy for {{year}}',
  none: 'The election of the head and deputy for {{year}} has not been opened.',
  noneHead:
    'At the year-end meeting, once the full-year results are published, the head opens the election in which members choose the head and deputy for {{year}}.',
  open: 'Open the election',
  opened: 'Opened on {{date}}. Ballots are secret: the counts are shown when the election closes.',
  turnout: 'Voted: {{voted}} of {{total}} members. Not yet voted: {{missing}}.',
  nobody: 'nobody',
  ballot: {
    title: 'Your ballot',
    head: 'Head for {{year}}',
    deputy: 'Deputy for {{year}}',
    cast: 'Vote',
    replace: 'Replace my ballot',
    mine: 'You voted for {{head}} as head and {{deputy}} as deputy ({{date}}). You may replace your ballot until the election closes.',
    choose: 'Choose both a head and a deputy.',
    same: 'The head and the deputy must be two different members.',
    saved: 'Your ballot has been recorded.',
  },
  tally: {
    head: 'Votes for head',
    deputy: 'Votes for deputy',
    candidate: 'Member',
    votes: 'Votes',
    none: 'No ballots yet.',
  },
  close: {
    title: 'Close the election and hand over',
    intro:
      'The most votes win. Closing creates the {{year}} membership (same members and categories), records the handover and starts the {{year}} regulation as a draft copied from this year’s.',
    tie: 'If votes are tied, choose the winner and give a reason:',
    byCount: 'By the count',
    settleHead: 'Head (on a tie)',
    settleDeputy: 'Deputy (on a tie)',
    reason: 'Reason',
    button: 'Close the election',
    confirmTitle: 'Close the election and hand over to {{year}}',
    confirmText: 'No ballot can be cast or replaced afterwards; the {{year}} membership follows the result.',
    confirm: 'Close the election',
    cancel: 'Cancel',
  },
  handover: {
    title: 'Handover',
    text: '{{outgoing}} hands over to {{incoming}}, head for {{year}}; deputy: {{deputy}}.',
    noOutgoing: 'The previous head',
    recorded: 'Handed over on {{date}}, recorded by {{by}} ({{account}}). Decided by: {{method}}.',
    reason: 'Reason: {{reason}}',
    draft:
      'The {{year}} draft regulation is ready: the new head selects {{year}}, then Scoring → Regulation to edit and publish it.',
    methods: { VOTE: 'members’ ballots', RECORDED: 'result recorded by the platform admin' },
  },
  record: {
    title: 'Record the election of the head for {{year}}',
    intro:
      'When the meeting voted outside the portal, record its result from the minutes: the {{year}} membership and draft regulation are created as when an election closes.',
    group: 'Cluster or bloc',
    head: 'Head for {{year}}',
    deputy: 'Deputy for {{year}}',
    reason: 'Reason, basis (meeting minutes…)',
    button: 'Record and hand over',
    done: 'Recorded: {{head}} is the head for {{year}}.',
    missing: 'Choose a group, two different members and give a reason.',
  },
  draft: {
    note: 'Draft regulation for {{year}}, copied from {{from}}: edit it (adopting decision number and date, deadlines…), check it, then publish.',
    save: 'Save draft',
    saved: 'Draft saved.',
  },
};
