/**
 * The adapter's settings, read through MicroProfile Config so that every one can be overridden by
 * an environment variable or a server variable without a rebuild.
 */
package vn.emulation.jakarta.infrastructure.config;
