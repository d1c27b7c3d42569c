import { project, TILE_SIZE } from '../map/viewState';
import { isArrowKey, KEY_BIG_STEP_PX, KEY_STEP_PX, movePin, nearEdge, round6 } from './pinKeys';

const pixelDelta = (a: { lon: number; lat: number }, b: { lon: number; lat: number }, zoom: number) => {
    const [ax, ay] = project(a.lon, a.lat);
    const [bx, by] = project(b.lon, b.lat);
    const scale = TILE_SIZE * 2 ** zoom;
    return [(bx - ax) * scale, (by - ay) * scale];
};

describe('movePin', () => {
    const pin = { lon: 7.51, lat: 51.49 };

    it('moves by a fixed number of screen pixels in the arrow direction', () => {
        const right = movePin(pin, 'ArrowRight', 12)!;
        const [dx, dy] = pixelDelta(pin, right, 12);
        expect(dx).toBeCloseTo(KEY_STEP_PX, 0);
        expect(dy).toBeCloseTo(0, 1);
        const up = movePin(pin, 'ArrowUp', 12)!;
        expect(up.lat).toBeGreaterThan(pin.lat);
        expect(up.lon).toBe(pin.lon);
        expect(movePin(pin, 'ArrowDown', 12)!.lat).toBeLessThan(pin.lat);
        expect(movePin(pin, 'ArrowLeft', 12)!.lon).toBeLessThan(pin.lon);
    });

    it('takes big steps with Shift and small ones when zoomed in', () => {
        const [big] = pixelDelta(pin, movePin(pin, 'ArrowRight', 12, true)!, 12);
        expect(big).toBeCloseTo(KEY_BIG_STEP_PX, 0);
        const near = movePin(pin, 'ArrowRight', 16)!.lon - pin.lon;
        const far = movePin(pin, 'ArrowRight', 10)!.lon - pin.lon;
        expect(far).toBeGreaterThan(near * 10);
    });

    it('ignores other keys', () => {
        expect(movePin(pin, 'Enter', 12)).toBeNull();
        expect(isArrowKey('ArrowUp')).toBe(true);
        expect(isArrowKey('a')).toBe(false);
    });
});

describe('helpers', () => {
    it('rounds to six decimals', () => {
        expect(round6(7.123456789)).toBe(7.123457);
    });

    it('knows when the pin is near the edge of the view', () => {
        const center = { lon: 7.5, lat: 51.5 };
        expect(nearEdge(center, center, 12, 400, 300)).toBe(false);
        expect(nearEdge({ lon: 7.6, lat: 51.5 }, center, 12, 400, 300)).toBe(true);
    });
});
