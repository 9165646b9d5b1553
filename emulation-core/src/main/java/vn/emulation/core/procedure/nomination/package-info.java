/**
 * Step 3 of the award procedure, and the conclusions of step 4: a unit's nomination of a
 * participant for an award form on an occasion, with the dossier the law in force requires, its
 * completeness, the stored verdict attached on submission, one achievement one award; and Home
 * Affairs' appraisal of it (eligible, not eligible, returned for correction).
 */
package vn.emulation.core.procedure.nomination;
