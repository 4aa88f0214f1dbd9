// Adoption (List 10) and the adopters children are matched with (List 11). Timescales shorten as
// the council improves ("permanence planning ... is being progressed more quickly", Ofsted,
// January 2019); about one child in ten has the decision for adoption reversed.
import { type Day, NEVER } from './calendar.ts';
import type { AdopterLeft, Gender, NoLongerAdoption } from './codes.ts';
import { ETHNICITY } from './codes.ts';
import type { SimContext } from './context.ts';
import type { Adopter, AdopterFamily, Adoption, Child } from './model.ts';
import { type Rng, Weighted } from './prng.ts';
import { along } from './story.ts';

const noLongerReasons = new Weighted<NoLongerAdoption>([['RD1', 20], ['RD2', 25], ['RD3', 35], ['RD4', 20]]);
const ethnicity = new Weighted(ETHNICITY);
const leftReasons = new Weighted<AdopterLeft>([['1', 60], ['2', 25], ['3', 15]]);

/** The adoption timeline of a child who entered care on `start` (not yet part of the world). */
export function planAdoption(ctx: SimContext, rng: Rng, child: Child, start: Day): Adoption {
  const decision = start + 30 + Math.round(along(300, 160, start) * rng.uniform(0.6, 1.4));
  const ffa = rng.chance(along(0.05, 0.2, start)) ? start + rng.int(3, 45) : NEVER;
  const placementOrder = decision + rng.int(40, 170);
  const reversed = rng.chance(0.1);
  const adoption: Adoption = {
    key: ctx.key(),
    child,
    family: '',
    enteredCare: start,
    decision,
    placementOrder,
    matched: NEVER,
    placed: NEVER,
    order: NEVER,
    noLonger: NEVER,
    noLongerReason: null,
    fosteringForAdoption: ffa,
  };
  if (reversed) {
    adoption.noLonger = decision + rng.int(60, 420);
    adoption.noLongerReason = noLongerReasons.draw(rng);
    if (adoption.noLongerReason === 'RD2') adoption.placementOrder = NEVER;
    else if (adoption.placementOrder >= adoption.noLonger) adoption.placementOrder = NEVER;
    return adoption;
  }
  adoption.matched = placementOrder + Math.max(14, Math.round(along(270, 130, placementOrder) * rng.uniform(0.5, 1.6)));
  adoption.placed = adoption.matched + rng.int(7, 35);
  adoption.order = adoption.placed + rng.int(110, 330);
  return adoption;
}

function adopters(ctx: SimContext, rng: Rng): Adopter[] {
  const couple = rng.chance(0.72);
  const genders: Gender[] = couple
    ? rng.pick<Gender[]>([['M', 'F'], ['M', 'F'], ['M', 'F'], ['M', 'F'], ['F', 'F'], ['M', 'M']])
    : [rng.chance(0.82) ? 'F' : 'M'];
  return genders.map((gender) => {
    const key = ctx.key();
    return { key, id: `AD${100000 + key}`, gender, ethnicity: ethnicity.draw(rng), disabled: rng.chance(0.04) };
  });
}

function family(ctx: SimContext, rng: Rng, approved: Day): AdopterFamily {
  const stage2End = approved - rng.int(10, 40);
  const stage2Start = stage2End - rng.int(90, 130);
  const stage1End = stage2Start - rng.int(0, 20);
  const stage1Start = stage1End - rng.int(50, 70);
  const key = ctx.key();
  return {
    key,
    family: `F${100000 + key}`,
    adopters: adopters(ctx, rng),
    fosteringForAdoption: false,
    enquiry: stage1Start - rng.int(7, 40),
    stage1Start,
    stage1End,
    stage2Start,
    stage2End,
    submitted: stage1End - rng.int(0, 5),
    approved,
    matched: NEVER,
    placed: NEVER,
    childrenPlaced: 0,
    order: NEVER,
    left: NEVER,
    leftReason: null,
  };
}

/** Records the adoption and, when the child was matched, the family who adopt them. */
export function recordAdoption(ctx: SimContext, rng: Rng, adoption: Adoption): void {
  if (adoption.matched !== NEVER) {
    const fam = family(ctx, rng, adoption.matched - rng.int(20, 200));
    fam.fosteringForAdoption = adoption.fosteringForAdoption !== NEVER;
    fam.matched = adoption.matched;
    fam.placed = adoption.placed;
    fam.childrenPlaced = 1;
    fam.order = adoption.order;
    adoption.family = fam.family;
    ctx.world.adopterFamilies.push(fam);
  }
  ctx.world.adoptions.push(adoption);
}

/** Prospective adopters who come forward but are not (yet) matched: some leave the process. */
export function prospectiveAdopters(ctx: SimContext, rng: Rng, enquiry: Day): void {
  const approved = enquiry + rng.int(200, 330);
  const fam = family(ctx, rng, approved);
  // Shift the stages so they start from this enquiry.
  const shift = enquiry - fam.enquiry;
  for (const k of ['enquiry', 'stage1Start', 'stage1End', 'stage2Start', 'stage2End', 'submitted', 'approved'] as const) {
    fam[k] += shift;
  }
  if (rng.chance(0.55)) {
    const stage = rng.int(0, 2);
    const left =
      stage === 0 ? fam.stage1Start + rng.int(10, 50)
      : stage === 1 ? fam.stage2Start + rng.int(10, 90)
      : fam.approved + rng.int(120, 700);
    fam.left = left;
    fam.leftReason = leftReasons.draw(rng);
    if (left < fam.stage2Start) fam.stage2Start = fam.stage2End = fam.approved = NEVER;
    if (left < fam.stage1End) fam.stage1End = fam.submitted = NEVER;
    if (left < fam.stage2End) fam.stage2End = fam.approved = NEVER;
    if (fam.leftReason === '3' && fam.approved !== NEVER) fam.leftReason = '1';
  }
  ctx.world.adopterFamilies.push(fam);
}
