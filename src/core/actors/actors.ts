import type { Language } from "../language";
import { readChoice } from "./choices";

/**
 * The actors of a before/after split (seed 004: the same success pays off for different payers),
 * and the income situations a participant can be in before and after an intervention.
 */

/** Everyone a change in a participant's situation moves money for. */
export const ACTORS = ["municipality", "region", "forsakringskassan", "arbetsformedlingen", "state", "individual"] as const;
export type Actor = (typeof ACTORS)[number];

/** The public actors: the ones that pay benefits and receive taxes and fees. */
export const PUBLIC_ACTORS = ["municipality", "region", "forsakringskassan", "arbetsformedlingen", "state"] as const;
export type PublicActor = (typeof PUBLIC_ACTORS)[number];

/**
 * What a participant lives on. Employment is production (a wage with employer fees on top);
 * every other situation is a benefit some public actor pays.
 */
export const SITUATIONS = ["socialAssistance", "sicknessCompensation", "activitySupport", "employment", "studies", "other"] as const;
export type Situation = (typeof SITUATIONS)[number];

/** The situations paid as benefits (all but employment). */
export const BENEFIT_SITUATIONS = ["socialAssistance", "sicknessCompensation", "activitySupport", "studies", "other"] as const;
export type BenefitSituation = (typeof BENEFIT_SITUATIONS)[number];

/** How each actor is written in a sheet, in each language; the readers accept these and the ids. */
export const ACTOR_LABELS: Readonly<Record<Actor, Readonly<Record<Language, string>>>> = {
  municipality: { en: "Municipality", sv: "Kommunen" },
  region: { en: "Region", sv: "Region" },
  forsakringskassan: { en: "Försäkringskassan", sv: "Försäkringskassan" },
  arbetsformedlingen: { en: "Arbetsförmedlingen", sv: "Arbetsförmedlingen" },
  state: { en: "The state", sv: "Staten" },
  individual: { en: "The individual", sv: "Individen" },
};

/** Other ways a sheet may name an actor, accepted when reading but not offered. */
const ACTOR_ALIASES: Readonly<Record<Actor, readonly string[]>> = {
  municipality: ["Kommun", "The municipality"],
  region: ["Regionen", "The region"],
  forsakringskassan: ["FK", "Swedish Social Insurance Agency"],
  arbetsformedlingen: ["AF", "Swedish Public Employment Service"],
  state: ["State", "Stat", "Staten (CSN)"],
  individual: ["Individual", "Individ", "Deltagaren", "The participant"],
};

/** How society as a whole (the sum over all actors) is written. */
export const SOCIETY_LABEL: Readonly<Record<Language, string>> = { en: "Society", sv: "Samhället" };

/** An actor's label, or society's, in a language. */
export function actorLabel(actor: Actor | "society", language: Language): string {
  return actor === "society" ? SOCIETY_LABEL[language] : ACTOR_LABELS[actor][language];
}

/**
 * Reads an actor from its label in either language ("Staten", "The state"), its id ("state") or a
 * common alias ("Kommun"); case and outer spaces do not matter. Anything else, or an actor outside `allowed`, is a
 * #VALUE! error (unknownName) listing the labels allowed.
 */
export function readActor<A extends Actor>(argument: string, value: unknown, allowed: readonly A[]): A {
  return readChoice(
    argument,
    value,
    allowed,
    (actor) => [ACTOR_LABELS[actor].en, ACTOR_LABELS[actor].sv],
    (actor) => [actor, ...ACTOR_ALIASES[actor]],
  );
}
