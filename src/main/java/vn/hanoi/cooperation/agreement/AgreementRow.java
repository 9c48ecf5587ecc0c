package vn.hanoi.cooperation.agreement;

import java.util.List;

import vn.hanoi.cooperation.province.Province;

/**
 * An agreement as a list shows it to one viewer: its status today and the partners the viewer may know of (a
 * province officer sees only their own unit and its predecessors, never the other partners).
 */
public record AgreementRow(Agreement agreement, List<Province> partners, AgreementStatus status) {

}
