package dev.redazione.core;

/** How much of a {@link PublicationDate} is known, from the coarsest to the finest. */
public enum DatePrecision {
  /** Only the year, as in {@code 2024}. */
  YEAR,
  /** Year and month, as in {@code 2025-01}: a month, not its first day. */
  MONTH,
  /** A calendar day, as in {@code 2023-02-12}. */
  DAY,
  /** A day with a time of day (minutes), and an offset when one was given. */
  TIME
}
