/**
 * The use cases of the adapter: what a Home Affairs officer, a ward or an embedding portal asks of
 * the system, each in one transaction, in terms of the core model. This package holds only what
 * every use case shares (paging, input reading, preconditions on edits and the failures they answer
 * with); the use cases themselves live in one sub-package per aggregate.
 */
package vn.emulation.jakarta.application;
