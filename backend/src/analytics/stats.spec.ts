import {
  benjaminiHochberg,
  compareThemes,
  distinctiveWords,
  lift,
  normalCdf,
  normalPdf,
  subtractCounts,
  twoProportionZTest,
  twoSidedP,
  wordCounts,
} from './stats';

describe('normalCdf', () => {
  // reference values: Φ(x) = ½·erfc(−x/√2), computed with a double-precision erfc
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517795],
    [2.5758293035489004, 0.995],
    [-3, 0.0013498980316300957],
  ])('Φ(%p) = %p within 1e-12', (x, want) => {
    expect(Math.abs(normalCdf(x) - want)).toBeLessThan(1e-12);
  });

  it('keeps the relative precision of far tails', () => {
    // Φ(−6) = 9.865876450377012e-10, Φ(−8.5) = 9.479534822203355e-18
    expect(Math.abs(normalCdf(-6) / 9.865876450377012e-10 - 1)).toBeLessThan(1e-9);
    expect(Math.abs(normalCdf(-8.5) / 9.479534822203355e-18 - 1)).toBeLessThan(1e-9);
    expect(normalCdf(12)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it('is symmetric and monotone, error far below 1e-7 everywhere on a grid', () => {
    let prev = 0;
    for (let x = -10; x <= 10; x += 0.01) {
      const v = normalCdf(x);
      expect(Math.abs(v + normalCdf(-x) - 1)).toBeLessThan(1e-14);
      expect(v).toBeGreaterThanOrEqual(prev);
      prev = v;
    }
    // the density integrates to Φ: trapezoid rule between 0 and 1.5, step 1e-4 (error ~1e-10)
    let area = 0;
    for (let x = 0; x < 1.5 - 1e-12; x += 1e-4) area += ((normalPdf(x) + normalPdf(x + 1e-4)) / 2) * 1e-4;
    expect(Math.abs(normalCdf(1.5) - 0.5 - area)).toBeLessThan(1e-9);
  });

  it('gives two-sided p-values', () => {
    // 2·Φ(−1.96) = 0.04999579029644087
    expect(twoSidedP(1.96)).toBeCloseTo(0.04999579029644087, 12);
    expect(twoSidedP(-1.96)).toBeCloseTo(0.04999579029644087, 12);
    expect(twoSidedP(0)).toBe(1);
  });
});

describe('lift', () => {
  it('is the district share over the city share', () => {
    // district 30/100 = 0.30, city 200/1000 = 0.20 → 0.30 / 0.20 = 1.5
    expect(lift(30, 100, 200, 1000)).toBeCloseTo(1.5, 12);
    // district 5/50 = 0.10, city 100/500 = 0.20 → 0.5
    expect(lift(5, 50, 100, 500)).toBeCloseTo(0.5, 12);
    // no entries of the theme in the district → 0
    expect(lift(0, 50, 100, 500)).toBe(0);
  });

  it('is null when a share is undefined', () => {
    expect(lift(0, 0, 10, 100)).toBeNull();
    expect(lift(0, 10, 0, 100)).toBeNull();
    expect(lift(0, 10, 0, 0)).toBeNull();
  });
});

describe('twoProportionZTest', () => {
  it('matches a hand computation', () => {
    // district 30 of 100 vs. rest of the city 170 of 900:
    // p1 = 0.3, p2 = 170/900 = 0.188888…, pooled p̂ = 200/1000 = 0.2
    // se = √(0.2·0.8·(1/100 + 1/900)) = √(0.16·0.0111111…) = √0.00177777… = 0.0421637021355784
    // z = (0.3 − 0.188888…)/0.0421637… = 0.111111…/0.0421637… = 2.635231383473649
    // p = 2·Φ(−2.635231…) = 0.008407994577249311
    const t = twoProportionZTest(30, 100, 170, 900);
    expect(t.pooled).toBeCloseTo(0.2, 15);
    expect(t.z).toBeCloseTo(2.635231383473649, 12);
    expect(t.p).toBeCloseTo(0.008407994577249311, 12);
    // expected cells: 100·0.2 = 20, 100·0.8 = 80, 900·0.2 = 180, 900·0.8 = 720, all >= 5
    expect(t.sufficient).toBe(true);
  });

  it('is antisymmetric and flags small expected counts', () => {
    expect(twoProportionZTest(170, 900, 30, 100).z).toBeCloseTo(-2.635231383473649, 12);
    // pooled = 3/110; expected in the district = 10·3/110 = 0.27 < 5
    expect(twoProportionZTest(2, 10, 1, 100).sufficient).toBe(false);
  });

  it('is degenerate without entries or without variance', () => {
    expect(twoProportionZTest(0, 0, 5, 10)).toMatchObject({ z: 0, p: 1, sufficient: false });
    expect(twoProportionZTest(0, 50, 0, 500)).toMatchObject({ z: 0, p: 1, pooled: 0 });
    expect(twoProportionZTest(50, 50, 500, 500)).toMatchObject({ z: 0, p: 1, pooled: 1 });
  });

  it('rejects impossible counts', () => {
    expect(() => twoProportionZTest(11, 10, 0, 10)).toThrow(RangeError);
    expect(() => twoProportionZTest(-1, 10, 0, 10)).toThrow(RangeError);
    expect(() => twoProportionZTest(1.5, 10, 0, 10)).toThrow(RangeError);
  });
});

describe('benjaminiHochberg', () => {
  it('matches a hand computation and keeps the input order', () => {
    // p = [0.01, 0.04, 0.03, 0.2], m = 4; sorted 0.01, 0.03, 0.04, 0.2 (ranks 1–4)
    // m/j·p: 0.04, 0.06, 0.05333…, 0.2; running minimum from the top: 0.2, 0.05333…, 0.05333…, 0.04
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
    expect(q[0]).toBeCloseTo(0.04, 15);
    expect(q[1]).toBeCloseTo(0.16 / 3, 15);
    expect(q[2]).toBeCloseTo(0.16 / 3, 15);
    expect(q[3]).toBeCloseTo(0.2, 15);
  });

  it('caps at 1, handles ties, NaN and the empty list', () => {
    // p = [0.5, 0.5, 0.9]: 3/2·0.5 = 0.75, 3/2·0.5 = 0.75 (tie), 3/3·0.9 = 0.9
    expect(benjaminiHochberg([0.5, 0.5, 0.9])).toEqual([0.75, 0.75, 0.9]);
    expect(benjaminiHochberg([0.9, NaN])).toEqual([1, 1]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
  });
});

describe('compareThemes', () => {
  const rows = compareThemes(
    [
      { id: 'natur', districtCount: 30, cityCount: 200 },
      { id: 'wasser', districtCount: 10, cityCount: 100 },
      { id: 'sport', districtCount: 2, cityCount: 3 },
    ],
    100,
    1000,
  );

  it('computes share, city share, lift, z, p and BH q per theme', () => {
    const [natur, wasser, sport] = rows;
    // natur: see the z-test above; share 0.3, city 0.2, lift 1.5, z 2.635…, p 0.008408
    expect(natur).toMatchObject({ share: 0.3, cityShare: 0.2, insufficient: false });
    expect(natur.lift).toBeCloseTo(1.5, 12);
    expect(natur.z).toBeCloseTo(2.635231383473649, 12);
    expect(natur.p).toBeCloseTo(0.008407994577249311, 12);
    // wasser: 10/100 vs. rest 90/900 = 0.1 → z = 0, p = 1, lift 0.1/0.1 = 1
    expect(wasser.z).toBeCloseTo(0, 12);
    expect(wasser.p).toBeCloseTo(1, 12);
    expect(wasser.lift).toBeCloseTo(1, 12);
    // sport: 2/100 vs. 1/900, pooled 3/1000: expected district count 100·0.003 = 0.3 < 5
    expect(sport.insufficient).toBe(true);
    expect(sport.significant).toBe(false);
    // q = BH over the three p-values
    const q = benjaminiHochberg(rows.map((r) => r.p));
    rows.forEach((r, i) => expect(r.q).toBe(q[i]));
    // sport: pooled 0.003, se = √(0.003·0.997·(1/100 + 1/900)) = 0.0057648, z = (0.02 − 0.0011111)/0.0057648
    // = 3.2766, p = 0.0010508 (rank 1); natur p = 0.0084080 (rank 2); wasser p = 1 (rank 3)
    // q: sport 3/1·0.0010508 = 0.0031523, natur 3/2·0.0084080 = 0.0126120, wasser 1
    expect(sport.q).toBeCloseTo(0.0031523, 6);
    expect(natur.q).toBeCloseTo(0.012612, 6);
    expect(wasser.q).toBeCloseTo(1, 12);
    expect(natur.significant).toBe(true);
    expect(wasser.significant).toBe(false);
  });

  it('is not significant when q >= alpha, however large the data', () => {
    // 110 of 1000 vs. rest 1000 of 10000 (10 %): pooled 1110/11000 = 0.100909, se = √(p̂(1−p̂)(1/1000 + 1/10000))
    // = √(0.100909·0.899091·0.0011) = 0.0099899, z = (0.11 − 0.10)/0.0099899 = 1.0010, p = 0.3168
    const [r] = compareThemes([{ id: 'x', districtCount: 110, cityCount: 1110 }], 1000, 11000);
    expect(r.z).toBeCloseTo(1.001006, 5);
    expect(r.p).toBeCloseTo(0.316824, 5);
    expect(r.insufficient).toBe(false);
    expect(r.significant).toBe(false);
  });

  it('handles a district with all entries of the city and one without entries', () => {
    const [all] = compareThemes([{ id: 'x', districtCount: 5, cityCount: 5 }], 10, 10);
    expect(all).toMatchObject({ z: 0, p: 1, insufficient: true, significant: false, lift: 1 });
    const [none] = compareThemes([{ id: 'x', districtCount: 0, cityCount: 5 }], 0, 10);
    expect(none).toMatchObject({ share: 0, lift: null, insufficient: true, significant: false });
  });

  it('rejects inconsistent counts', () => {
    expect(() => compareThemes([{ id: 'x', districtCount: 6, cityCount: 5 }], 10, 100)).toThrow(RangeError);
    expect(() => compareThemes([{ id: 'x', districtCount: 1, cityCount: 5 }], 100, 10)).toThrow(RangeError);
    expect(() => compareThemes([{ id: 'x', districtCount: 11, cityCount: 50 }], 10, 100)).toThrow(RangeError);
  });
});

describe('distinctive words', () => {
  it('matches a hand computation of the Monroe et al. log-odds with informative prior', () => {
    // district a:3 b:1 (n_i = 4), rest a:1 b:3 (n_j = 4); priorScale 1 → α_a = α_b = 4, α0 = 8
    // δ_a = log((3+4)/(4+8−3−4)) − log((1+4)/(4+8−1−4)) = log(7/5) − log(5/7) = 2·log 1.4 = 0.6729444732424258
    // var = 1/(3+4) + 1/(1+4) = 0.34285714285714286, z = 0.67294…/√0.342857… = 1.1492714809232922
    const district = new Map([['a', 3], ['b', 1]]);
    const rest = new Map([['a', 1], ['b', 3]]);
    const all = distinctiveWords(district, rest, { priorScale: 1, minCount: 0, minZ: -Infinity });
    const a = all.find((w) => w.word === 'a')!;
    const b = all.find((w) => w.word === 'b')!;
    expect(a.delta).toBeCloseTo(0.6729444732424258, 12);
    expect(a.z).toBeCloseTo(1.1492714809232922, 12);
    expect(b.z).toBeCloseTo(-1.1492714809232922, 12);
    expect(all.map((w) => w.word)).toEqual(['a', 'b']);
    // with the default threshold z > 1.96 neither is distinctive
    expect(distinctiveWords(district, rest, { priorScale: 1, minCount: 0 })).toEqual([]);
  });

  it('finds the word that only the district uses and respects k and minCount', () => {
    // district: "zeche" 20 of 120 words, rest: "zeche" 0 of 1200; priorScale 0.1:
    // α_zeche = 0.1·20 = 2, α0 = 0.1·(120 + 1200) = 132
    // δ = log(22/(120+132−22)) − log(2/(1200+132−2)) = log(22/230) − log(2/1330) = −2.34704 + 6.49979 = 4.15275
    // var = 1/22 + 1/2 = 0.545454…, z = 4.15275/√0.545454… = 4.15275/0.738549 = 5.62285
    // "park": 50 of 120 vs. 600 of 1200 (α = 65): δ = −0.172, z = −1.70, not distinctive
    const district = new Map([['zeche', 20], ['park', 50], ['see', 50]]);
    const rest = new Map([['park', 600], ['see', 600]]);
    const top = distinctiveWords(district, rest);
    expect(top.map((w) => w.word)).toEqual(['zeche']);
    expect(top[0].delta).toBeCloseTo(Math.log(22 / 230) - Math.log(2 / 1330), 12);
    expect(top[0].z).toBeCloseTo(5.62285, 4);
    expect(top[0]).toMatchObject({ count: 20, otherCount: 0 });
    expect(distinctiveWords(district, rest, { minCount: 21 })).toEqual([]);
    expect(distinctiveWords(district, rest, { k: 0 })).toEqual([]);
  });

  it('uses an explicit background prior and sorts by z', () => {
    // n_i = 100, n_j = 412, α0 = 0.5·1200 = 600; α = 0.5·prior:
    // zeche (30 vs 2, α 50): z = 4.873; halde (30 vs 10, α 50): z = 4.196; park (40 vs 400, α 500): z = −15.9
    const district = new Map([['halde', 30], ['zeche', 30], ['park', 40]]);
    const rest = new Map([['halde', 10], ['zeche', 2], ['park', 400]]);
    const prior = new Map([['halde', 100], ['zeche', 100], ['park', 1000]]);
    const top = distinctiveWords(district, rest, { prior, priorScale: 0.5 });
    expect(top.map((w) => w.word)).toEqual(['zeche', 'halde']);
    expect(top[0].z).toBeGreaterThan(top[1].z);
    // a word missing from the background has no prior and is skipped
    expect(distinctiveWords(new Map([['neu', 50]]), new Map(), { prior })).toEqual([]);
    expect(() => distinctiveWords(district, rest, { priorScale: 0 })).toThrow(RangeError);
  });

  it('counts words with the themes tokeniser and subtracts counts', () => {
    const counts = wordCounts(['Der Park und der See, der See!', 'Am See im Park: Ruhe.']);
    // stopwords (der, und, am, im) removed; words shorter than 3 letters dropped
    expect(Object.fromEntries(counts)).toEqual({ park: 2, see: 3, ruhe: 1 });
    const city = wordCounts(['Park Park See Halde']);
    const district = wordCounts(['Park See']);
    expect(Object.fromEntries(subtractCounts(city, district))).toEqual({ park: 1, halde: 1 });
    expect(() => subtractCounts(district, city)).toThrow(RangeError);
  });
});
