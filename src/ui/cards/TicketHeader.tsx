/**
 * Who wrote in, and about what: a compact header shown as soon as the ticket is read.
 * The requester's name leads (with their initials); the subject follows, quieter, on
 * at most two lines (full text on hover). Field names are there for screen readers.
 */
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { useI18n } from '../hooks/useI18n';
import { VisuallyHidden } from '../text/VisuallyHidden';

const Header = styled.div`
  display: flex;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
  margin: 0 0 ${(p) => p.theme.space.xs};
  padding: 0 ${(p) => p.theme.space.xxs};
  min-width: 0;
`;

const Initials = styled.span`
  flex: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 32px;
  height: 32px;
  border-radius: 50%;
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.primaryEmphasis' })};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.onEmphasis' })};
`;

const Text = styled.div`
  min-width: 0;
  display: flex;
  flex-direction: column;
`;

const Name = styled.p`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.lg};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  line-height: ${(p) => p.theme.lineHeights.lg};
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

const Subject = styled.p`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  display: -webkit-box;
  -webkit-line-clamp: 2;
  -webkit-box-orient: vertical;
  overflow: hidden;
  overflow-wrap: anywhere;
`;

/** Up to two initials from a display name ("Claire Martin" -> "CM"); "?" when none. */
export function initialsOf(name: string | null): string {
  const words = (name ?? '').trim().split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const pick = (w: string | undefined) => (w ? ([...w].find((c) => /\p{L}|\p{N}/u.test(c)) ?? '') : '');
  const s = (pick(first) + pick(last)).toUpperCase();
  return s || '?';
}

export function TicketHeader({ subject, requester }: { subject: string | null; requester: string | null }) {
  const { t } = useI18n();
  const name = requester ?? t('ui.header.unknown');
  const about = subject ?? t('ui.header.unknown');
  return (
    <Header data-testid="ticket-header">
      <Initials aria-hidden="true">{initialsOf(requester)}</Initials>
      <Text>
        <Name>
          <VisuallyHidden>{t('ui.header.requester')}: </VisuallyHidden>
          <span data-testid="requester-name" title={name}>{name}</span>
        </Name>
        <Subject>
          <VisuallyHidden>{t('ui.header.subject')}: </VisuallyHidden>
          <span data-testid="ticket-subject" title={about}>{about}</span>
        </Subject>
      </Text>
    </Header>
  );
}
