/** The public events every widget dispatches, and their details. */

export interface WithdrawalSelectDetail {
  readonly eventId?: string;
  readonly locationIds: string[];
}

export interface WithdrawalErrorDetail {
  readonly message: string;
  readonly path?: string;
  readonly source?: string;
}

declare global {
  interface HTMLElementEventMap {
    'withdrawal-select': CustomEvent<WithdrawalSelectDetail>;
    'withdrawal-error': CustomEvent<WithdrawalErrorDetail>;
  }
}

export function selectEvent(detail: WithdrawalSelectDetail): CustomEvent<WithdrawalSelectDetail> {
  return new CustomEvent('withdrawal-select', { detail, bubbles: true, composed: true });
}

export function errorEvent(detail: WithdrawalErrorDetail): CustomEvent<WithdrawalErrorDetail> {
  return new CustomEvent('withdrawal-error', { detail, bubbles: true, composed: true });
}
