import { latLngToCell } from 'h3-js';
import { heatPoints, validCells } from './heat';

describe('heat cells', () => {
    const phoenixSee = latLngToCell(51.49, 7.51, 9);
    const dortmunderU = latLngToCell(51.515, 7.4536, 8);

    it('turns cells into weighted points at their centres', () => {
        const points = heatPoints([
            { h3: phoenixSee, count: 4 },
            { h3: dortmunderU, count: 1 },
        ]);
        expect(points).toHaveLength(2);
        expect(points[0].weight).toBe(4);
        expect(points[0].position[0]).toBeCloseTo(7.51, 2);
        expect(points[0].position[1]).toBeCloseTo(51.49, 2);
        expect(points[1].position[0]).toBeCloseTo(7.4536, 1);
    });

    it('drops invalid cells and empty counts', () => {
        const cells = [
            { h3: 'not-a-cell', count: 3 },
            { h3: phoenixSee, count: 0 },
            { h3: phoenixSee, count: 2 },
        ];
        expect(heatPoints(cells)).toHaveLength(1);
        expect(validCells(cells)).toEqual([{ h3: phoenixSee, count: 2 }]);
    });
});
