/**
 * The use cases of the adapter: what a Home Affairs officer, a ward or an embedding portal asks of
 * the system, each in one transaction, in terms of the core model.
 */
package vn.emulation.jakarta.application;
