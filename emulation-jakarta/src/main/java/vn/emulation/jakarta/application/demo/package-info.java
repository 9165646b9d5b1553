/**
 * Loads the demo Rạch Giá city into an empty database on the first start of a server that asks for
 * it (the sample server only). It imports the built-in plan through the plan catalogue and stores
 * what {@code vn.emulation.jakarta.demo} generates.
 */
package vn.emulation.jakarta.application.demo;
