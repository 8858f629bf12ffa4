package vn.cchc.persistence.jpa;

import jakarta.persistence.EntityManager;
import vn.cchc.sampledata.Repositories;

/** The JPA repositories on one entity manager, for the tests that store the Nghệ An sample or the demo province. */
public final class SampleRepositories {

    private SampleRepositories() {
    }

    public static Repositories on(EntityManager em) {
        return new Repositories(new JpaUnitRepository(em), new JpaDocumentRepository(em), new JpaProcedureRepository(em),
                new JpaIndicatorRepository(em), new JpaObservationRepository(em), new JpaReportRepository(em),
                new JpaDossierRepository(em), new JpaDossierSummary(em));
    }
}
