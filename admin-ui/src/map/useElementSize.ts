import { useEffect, useRef, useState } from 'react';

/** Size of an element in CSS pixels, kept up to date with a ResizeObserver. */
export const useElementSize = <T extends HTMLElement>() => {
    const ref = useRef<T>(null);
    const [size, setSize] = useState({ width: 0, height: 0 });

    useEffect(() => {
        const element = ref.current;
        if (!element) return;
        const update = () => {
            const width = Math.round(element.clientWidth);
            const height = Math.round(element.clientHeight);
            setSize((prev) => (prev.width === width && prev.height === height ? prev : { width, height }));
        };
        update();
        if (typeof ResizeObserver === 'undefined') return;
        const observer = new ResizeObserver(update);
        observer.observe(element);
        return () => observer.disconnect();
    }, []);

    return [ref, size] as const;
};
