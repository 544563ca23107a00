// The words of group mode's lazy views, in the course's language; only those views import this.
import { roomEn } from '../../core/messages/room-en';
import { roomSv, type RoomMessages } from '../../core/messages/room-sv';
import { useMessages } from './use-messages';

const ROOM_WORDS: Record<string, RoomMessages> = { sv: roomSv, en: roomEn };

export function useRoomWords(): RoomMessages {
  return ROOM_WORDS[useMessages().language] ?? roomSv;
}
