/**
 * The {@link vn.emulation.jakarta.application.events.ApplicationEvents} port as CDI events: {@link
 * vn.emulation.jakarta.infrastructure.events.CdiApplicationEvents} fires each event synchronously;
 * observers declared {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} receive it once the
 * use case's transaction committed, never after a rollback (ADR 0023).
 */
package vn.emulation.jakarta.infrastructure.events;
