// The vendors' own exports, read as the vendors document them: which columns the export holds,
// which column dates a contact, which identifies it, and the vendor's documented counting rule
// (a vendor definition, or a billed flag the vendor's export carries). Names are the vendors'
// own, dotted ones included; a definition may use them as written (see preset-names.ts).

export const PRESET_NAMES = ['intercom', 'zendesk', 'agentforce'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export interface VendorPreset {
  name: PresetName;
  /** the vendor and the export, in words */
  title: string;
  /** the documentation the columns and the rule are taken from */
  sources: string[];
  /** columns the export must hold, as the vendor names them */
  columns: string[];
  periodColumn: string;
  idColumn: string;
  /** the vendor's counting rule, in the vendor's column names; absent when a billed flag is read */
  vendorDefinition?: string;
  /** the vendor's own flag of a billed outcome, when its export carries one */
  billedColumn?: string;
}

export const VENDOR_PRESETS: Record<PresetName, VendorPreset> = {
  // Intercom's Conversation model (REST API 2.15, `ai_agent_participated`, `ai_agent` with
  // `resolution_state` and `rating`, `statistics.count_reopens`), flattened with dots as its
  // conversation export does. Billing rule ("Fin AI Agent resolutions"): a resolution is counted
  // when a conversation reaches the assumed_resolution or confirmed_resolution state, once per
  // conversation; escalated and negative_feedback are not resolutions.
  intercom: {
    name: 'intercom',
    title: 'Intercom Fin: conversation export',
    sources: [
      'https://www.intercom.com/help/en/articles/8205718-fin-ai-agent-resolutions',
      'https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/conversations/conversation',
      'https://app.unpkg.com/intercom-client@6.4.0/files/dist/api/resources/aiAgent/types/AiAgent.d.ts',
    ],
    columns: [
      'id',
      'created_at',
      'ai_agent_participated',
      'ai_agent.resolution_state',
      'ai_agent.rating',
      'statistics.count_reopens',
    ],
    periodColumn: 'created_at',
    idColumn: 'id',
    vendorDefinition:
      'ai_agent_participated == true and ai_agent.resolution_state in ("assumed_resolution", "confirmed_resolution")',
  },
  // Zendesk's Ticket Metrics (`ticket_id`, `created_at`, `solved_at`, `reopens`) beside the
  // ticket's satisfaction rating `score` (offered, unoffered, good, bad). Ticket metrics carry no
  // AI flag: the billed count is Zendesk's automated resolution of the ticket ("About automated
  // resolutions for AI agents": a request resolved by the AI agent without escalation to a human,
  // verified by an LLM), which the buyer joins from the Automated resolutions report as the flag
  // `automated_resolution` (true/false). Zendesk's LLM check cannot be replayed from columns.
  zendesk: {
    name: 'zendesk',
    title: 'Zendesk AI agents: ticket metrics with satisfaction and automated resolution',
    sources: [
      'https://developer.zendesk.com/rest_api/docs/support/ticket_metrics',
      'https://developer.zendesk.com/rest_api/docs/support/satisfaction_ratings',
      'https://support.zendesk.com/hc/en-us/articles/8357756668186-About-automated-resolutions-for-AI-agents',
    ],
    columns: ['ticket_id', 'created_at', 'solved_at', 'reopens', 'score', 'automated_resolution'],
    periodColumn: 'created_at',
    idColumn: 'ticket_id',
    billedColumn: 'automated_resolution',
  },
  // Salesforce Data Cloud's AI Agent Session DMO (`Id`, `StartTimestamp`, `EndTimestamp`,
  // `AiAgentChannelType`, `AiAgentSessionEndType` with the values resolved, escalated,
  // deflected and other). The vendor's outcome is a session that ended `resolved`.
  agentforce: {
    name: 'agentforce',
    title: 'Salesforce Agentforce: AI agent sessions',
    sources: [
      'https://developer.salesforce.com/docs/data/data-cloud-dmo-mapping/guide/c360dm-si-aiagentsessiondmo-dmo.html',
    ],
    columns: [
      'Id',
      'StartTimestamp',
      'EndTimestamp',
      'AiAgentChannelType',
      'AiAgentSessionEndType',
    ],
    periodColumn: 'StartTimestamp',
    idColumn: 'Id',
    vendorDefinition: 'AiAgentSessionEndType == "resolved"',
  },
};
