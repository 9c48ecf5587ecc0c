package vn.hanoi.cooperation.result;

/** A group's yearly narrative as typed: what was done, difficulties, proposals. */
record NarrativeForm(String achievements, String difficulties, String proposals, String version) {

	static final int MAX = 8000;

	static NarrativeForm of(GroupYearNarrative narrative) {
		return narrative == null ? new NarrativeForm("", "", "", null)
				: new NarrativeForm(narrative.getAchievements(), narrative.getDifficulties(), narrative.getProposals(),
						String.valueOf(narrative.getVersion()));
	}

	/** The same texts, to be saved over the narrative as it is now (after a conflict the user applies them again). */
	NarrativeForm over(GroupYearNarrative current) {
		return new NarrativeForm(this.achievements, this.difficulties, this.proposals,
				current == null ? null : String.valueOf(current.getVersion()));
	}

}
