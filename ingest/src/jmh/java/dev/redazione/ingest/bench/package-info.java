/** JMH benchmarks of reading one article and loading a generated content folder. */
package dev.redazione.ingest.bench;
