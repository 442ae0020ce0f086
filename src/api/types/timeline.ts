// Timeline entries: an entity's events and statements on one date axis.
import { builder } from '../builder.ts';
import { isEvent, isStatement } from '../shapes.ts';
import { EventRef, StatementRef, TimelineEntryRef } from './refs.ts';

const TimelineKindEnum = builder.enumType('TimelineKind', {
  values: { EVENT: { value: 'EVENT' }, STATEMENT: { value: 'STATEMENT' } },
});

builder.objectType(TimelineEntryRef, {
  description: 'One event or statement; date is the event date or the article date.',
  fields: (t) => ({
    kind: t.field({ type: TimelineKindEnum, resolve: (e) => e.kind }),
    date: t.exposeString('date', { nullable: true }),
    event: t.field({ type: EventRef, nullable: true, resolve: (e) => (isEvent(e.node) ? e.node : null) }),
    statement: t.field({
      type: StatementRef,
      nullable: true,
      resolve: (e) => (isStatement(e.node) ? e.node : null),
    }),
  }),
});
