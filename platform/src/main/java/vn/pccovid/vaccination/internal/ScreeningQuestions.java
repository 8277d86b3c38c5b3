package vn.pccovid.vaccination.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The screening checklist (data): which questions, in which order, and which answers defer. */
@Repository
class ScreeningQuestions {

	private final JdbcClient jdbc;

	ScreeningQuestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Question> all() {
		return jdbc.sql("SELECT code, text_vi, text_en, defers FROM vaccination.screening_question ORDER BY position")
				.query((rs, row) -> new Question(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
				.list();
	}

	/**
	 * One question.
	 *
	 * @param code   code, the key of its answer
	 * @param textVi Vietnamese text
	 * @param textEn English text
	 * @param defers whether "yes" defers the dose
	 */
	record Question(String code, String textVi, String textEn, boolean defers) {
	}
}
