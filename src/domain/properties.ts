export type PropertyType = 'string' | 'text' | 'stringList' | 'date' | 'datetime' | 'enum' | 'int';

export interface PropertySpec {
  readonly type: PropertyType;
  readonly required: boolean;
  readonly values?: readonly string[];
  /** Personal data: never in public responses, exports or embeds. */
  readonly private?: boolean;
  readonly defaultValue?: string | readonly string[];
  /** Bounds of an int (inclusive). */
  readonly min?: number;
  readonly max?: number;
}

/** Upper bounds on stored text, so that a single write cannot bloat the graph. */
export const MAX_LENGTH: Readonly<Record<PropertyType, number>> = {
  string: 300,
  text: 10_000,
  stringList: 50,
  date: 10,
  datetime: 40,
  enum: 40,
  int: 20,
};
