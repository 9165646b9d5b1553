/**
 * Step 4 of the award procedure, as Home Affairs' desk asks it: one appraisal request applied to a
 * nomination by its named command, and the batch appraisal over a list, all or none, reporting
 * every problem of every case at once.
 */
package vn.emulation.core.procedure.appraisal;
