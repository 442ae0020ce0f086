// Registers every type with the builder; import order does not matter (refs.ts breaks cycles).
import './refs.ts';
import './enums.ts';
import './evidence.ts';
import './entity.ts';
import './statement.ts';
import './event.ts';
import './article.ts';
import './source.ts';
import './timeline.ts';
import './search.ts';
import './graph.ts';
import './stats.ts';
import './mutations.ts';
