package vn.pccovid.vaccination.internal;

import java.time.LocalDate;

import vn.pccovid.core.AreaCode;

/**
 * A priority group as data: the registry decides membership by age and residence where the row says so; where it
 * cannot, {@code needsDocument} asks site staff to check a document.
 *
 * @param code          code
 * @param rank          order of priority, smaller first
 * @param nameVi        Vietnamese name
 * @param nameEn        English name
 * @param province      the province that added it, or {@code null} for the national list
 * @param minAge        least age in years, or {@code null}
 * @param areaPrefix    residence inside this area path, or {@code null}
 * @param needsDocument whether membership is proved by a document at the site
 */
record PriorityGroup(String code, int rank, String nameVi, String nameEn, String province, Integer minAge,
		String areaPrefix, boolean needsDocument) {

	/** Whether the registry's data admits the person (age on {@code today}, residence); documents are checked later. */
	boolean admits(LocalDate dateOfBirth, AreaCode ward, LocalDate today) {
		if (province != null && (ward == null || !province.equals(ward.province()))) {
			return false;
		}
		if (minAge != null && dateOfBirth.plusYears(minAge).isAfter(today)) {
			return false;
		}
		return areaPrefix == null || (ward != null && ward.path().startsWith(areaPrefix));
	}
}
