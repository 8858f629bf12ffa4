package vn.cchc.api.indicator;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import vn.cchc.domain.indicator.ObservationSource;
import vn.cchc.processor.FilterOf;
import vn.cchc.processor.MirrorOf;

@Enum("ObservationSource")
@MirrorOf(ObservationSource.class)
@FilterOf("the source of a figure (nguồn số liệu)")
@Description("Where an observation comes from (nguồn số liệu).")
public enum ObservationSourceView {
    @Description("Reported by a unit in a report (số liệu báo cáo).")
    REPORTED,
    @Description("Computed from dossier records (tính từ dữ liệu hồ sơ).")
    COMPUTED
}
