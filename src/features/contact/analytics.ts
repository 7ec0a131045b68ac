export interface ChatStartDetail {
  agentId: string;
  agentName: string;
  pagePath: string;
}

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
  interface WindowEventMap {
    'contact:chat-start': CustomEvent<ChatStartDetail>;
  }
}

/** Tells analytics a chat started: a DOM event, and a dataLayer entry where a tag manager set one up. Never the phone number. */
export function trackChatStart(detail: ChatStartDetail): void {
  window.dispatchEvent(new CustomEvent('contact:chat-start', { detail }));
  if (Array.isArray(window.dataLayer)) {
    window.dataLayer.push({ event: 'contact_chat_start', contact_agent_id: detail.agentId, contact_agent_name: detail.agentName, page_path: detail.pagePath });
  }
}
