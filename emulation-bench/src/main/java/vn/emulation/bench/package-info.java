/**
 * JMH benchmarks of the evaluator against the full Rạch Giá plan, each beside a hand-written loop
 * over primitive arrays that computes the same outcomes: the CPU limit the evaluator is held to.
 */
package vn.emulation.bench;
