import { expect } from '@open-wc/testing';
import { parseStory } from '../../src/story/validate.js';
import { presenceAt, currentMilestone } from '../../src/story/queries.js';
import defaultStory from '../../data/iraq-withdrawal.json';

const r = parseStory(defaultStory);
if (!r.ok) throw new Error(r.message);
const story = r.story;
const at = (iso: string) => Date.parse(iso);

describe('the default story', () => {
  it('has at least 20 events from the 2003 invasion to 2026, each with a source', () => {
    expect(story.events.length).to.be.at.least(20);
    expect(story.events[0]!.date.iso).to.equal('2003-03-20');
    expect(story.events.at(-1)!.date.iso.startsWith('2026')).to.equal(true);
    for (const e of story.events) expect(e.sources.length, e.id).to.be.at.least(1);
    for (const m of story.milestones) expect(m.sources.length, m.id).to.be.at.least(1);
  });

  it('has the six places, with Baghdad Green Zone marked approximate', () => {
    expect([...story.placeById.keys()].sort()).to.deep.equal(
      ['ain-al-asad', 'al-tanf', 'baghdad-airport', 'baghdad-green-zone', 'erbil-air-base', 'tower-22'].sort(),
    );
    expect(story.placeById.get('baghdad-green-zone')!.approximate).to.equal(true);
    expect(story.placeById.get('tower-22')!.coordinates).to.deep.equal([38.7033, 33.3142]);
  });

  it('has the three milestones at their precision, in Baghdad time', () => {
    const m = Object.fromEntries(story.milestones.map((x) => [x.id, x]));
    expect(m['mission-end-2025']!.deadline.precision).to.equal('month');
    expect(new Date(m['mission-end-2025']!.due).toISOString()).to.equal('2025-09-30T21:00:00.000Z');
    expect(m['syria-mission-2026']!.deadline.precision).to.equal('month');
    expect(m['syria-mission-2026']!.provenance).to.equal('official');
    expect(m['remainder-end-2026']!.deadline.precision).to.equal('year');
    expect(m['remainder-end-2026']!.provenance).to.equal('reported');
  });

  it('shows the corrected facts, not the article errors', () => {
    const tower = story.eventById.get('tower-22-2024')!;
    expect(tower.date.iso).to.equal('2024-01-28');
    expect(tower.places).to.deep.equal(['tower-22']);
    expect(String((tower.correction as string) ?? '')).to.contain('27 January 2023');
    const talks = story.eventById.get('hmc-first-round-2024')!;
    expect(talks.date.iso).to.equal('2024-01-27');
    expect(story.events.some((e) => e.date.iso.startsWith('2023-01'))).to.equal(false);
  });

  it('knows what stood at Ain al-Asad before and after the handover', () => {
    const asad = story.placeById.get('ain-al-asad')!;
    expect(presenceAt(asad, at('2025-01-01T12:00:00Z'))!.level).to.equal('present');
    expect(presenceAt(asad, at('2025-10-01T12:00:00Z'))!.level).to.equal('reduced');
    expect(presenceAt(asad, at('2026-02-01T12:00:00Z'))!.level).to.equal('handed-over');
  });

  it('picks the next milestone, else the latest passed', () => {
    expect(currentMilestone(story, at('2025-01-01T00:00:00Z'))!.id).to.equal('mission-end-2025');
    expect(currentMilestone(story, at('2026-11-25T00:00:00Z'))!.id).to.equal('remainder-end-2026');
    expect(currentMilestone(story, at('2030-01-01T00:00:00Z'))!.id).to.equal('remainder-end-2026');
  });
});
